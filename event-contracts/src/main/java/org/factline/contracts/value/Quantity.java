package org.factline.contracts.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stated number with its unit and qualifier, and the closed interval [low, high] it implies.
 * A null bound is an open side ("at least 83" has no high).
 *
 * @param value     the number as written, normalised ("two hundred thousand" is 200000)
 * @param unit      what is counted or measured, singular and lower case ("boat", "person", "USD")
 * @param qualifier how the number bounds the truth
 * @param low       lowest value the statement allows, or null when unbounded below
 * @param high      highest value the statement allows, or null when unbounded above
 */
public record Quantity(BigDecimal value, String unit, Qualifier qualifier, BigDecimal low, BigDecimal high) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        if (low != null && high != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    /** True when the two intervals share at least one value. */
    public boolean overlaps(Quantity other) {
        boolean belowOther = high != null && other.low != null && high.compareTo(other.low) < 0;
        boolean aboveOther = low != null && other.high != null && low.compareTo(other.high) > 0;
        return !belowOther && !aboveOther;
    }
}
