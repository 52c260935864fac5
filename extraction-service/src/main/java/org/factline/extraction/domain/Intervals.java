package org.factline.extraction.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;

/**
 * The interval a qualified number implies. Counts are whole, so "more than 280" starts at 281;
 * "about" allows 10% either way; bounds on counts never go below zero.
 */
final class Intervals {

    static final BigDecimal APPROXIMATE_TOLERANCE = new BigDecimal("0.10");

    private Intervals() {
    }

    static Quantity quantity(BigDecimal v, String unit, Qualifier q, boolean wholeCount) {
        BigDecimal step = wholeCount && v.stripTrailingZeros().scale() <= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        BigDecimal floor = wholeCount ? BigDecimal.ZERO : null;
        return switch (q) {
            case EXACT, RANGE, INCREASE, DECREASE -> new Quantity(v, unit, q, v, v);
            case APPROXIMATE -> {
                BigDecimal delta = v.multiply(APPROXIMATE_TOLERANCE);
                BigDecimal low = v.subtract(delta);
                BigDecimal high = v.add(delta);
                if (step.signum() > 0) {
                    low = low.setScale(0, RoundingMode.FLOOR);
                    high = high.setScale(0, RoundingMode.CEILING);
                }
                yield new Quantity(v, unit, q, low, high);
            }
            case AT_LEAST -> new Quantity(v, unit, q, v, null);
            case MORE_THAN -> new Quantity(v, unit, q, v.add(step), null);
            case AT_MOST -> new Quantity(v, unit, q, floor, v);
            // "fewer than 0" is nonsense but must not crash: it degrades to "at most 0".
            case FEWER_THAN -> new Quantity(v, unit, q, floor, v.subtract(step).max(floor == null ? v.subtract(step) : floor));
        };
    }
}
