package org.factline.evaluation.quantities;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A gold value as written in the {@code value} column: a number ({@code 25000000}), a numeric
 * range ({@code 10..12}), a TIMEX3 value ({@code 2025-11-16}, {@code P22W}, {@code XXXX-11-16}),
 * a range of TIMEX3 values ({@code 1957..1958}), or none ({@code -}, negatives only). Whether a
 * value is temporal is decided by the unit: {@code -} means a date or duration.
 */
public sealed interface GoldValue {

    Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    Pattern TIMEX = Pattern.compile("[0-9X]{1,4}(-[0-9A-Z]{1,3}){0,2}(T[0-9A-Z:]+)?|P(T?[0-9X.]+(DE|CE|[YMWDHS]))+|PRESENT_REF|PAST_REF|FUTURE_REF");

    record Number(BigDecimal value) implements GoldValue {
    }

    record Range(BigDecimal low, BigDecimal high) implements GoldValue {
        public Range {
            if (low.compareTo(high) >= 0) {
                throw new IllegalArgumentException("range low " + low + " is not below high " + high);
            }
        }
    }

    record Timex(String value) implements GoldValue {
    }

    record TimexRange(String low, String high) implements GoldValue {
    }

    record None() implements GoldValue {
    }

    static GoldValue parse(String text, String unit) {
        if (text.equals("-")) {
            return new None();
        }
        String[] parts = text.split("\\.\\.", -1);
        boolean temporal = unit.equals("-");
        if (parts.length > 2) {
            throw new IllegalArgumentException("bad value " + text);
        }
        if (temporal) {
            for (String part : parts) {
                if (!TIMEX.matcher(part).matches()) {
                    throw new IllegalArgumentException("not a TIMEX3 value: " + part);
                }
            }
            return parts.length == 2 ? new TimexRange(parts[0], parts[1]) : new Timex(text);
        }
        for (String part : parts) {
            if (!NUMBER.matcher(part).matches()) {
                throw new IllegalArgumentException("not a plain number: " + part);
            }
        }
        return parts.length == 2 ? new Range(new BigDecimal(parts[0]), new BigDecimal(parts[1]))
                : new Number(new BigDecimal(text));
    }
}
