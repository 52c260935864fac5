package org.factline.contracts.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a stated value bounds the truth. The wire form is the short symbol, so that the CLI output
 * and the events read the same way ("at least 83" is {@code >=}).
 */
public enum Qualifier {
    EXACT("="),
    APPROXIMATE("~"),
    MORE_THAN(">"),
    AT_LEAST(">="),
    FEWER_THAN("<"),
    AT_MOST("<="),
    RANGE("range"),
    INCREASE("up"),
    DECREASE("down");

    private final String symbol;

    Qualifier(String symbol) {
        this.symbol = symbol;
    }

    @JsonValue
    public String symbol() {
        return symbol;
    }

    @JsonCreator
    public static Qualifier fromSymbol(String symbol) {
        for (Qualifier q : values()) {
            if (q.symbol.equals(symbol)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier symbol: " + symbol);
    }
}
