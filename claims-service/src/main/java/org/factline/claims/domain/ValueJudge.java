package org.factline.claims.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.ValueKind;

/** Whether two claim values can both be true, how far apart they are when not, and what they say together. */
final class ValueJudge {

    private ValueJudge() {
    }

    static boolean compatible(ClaimValue a, ClaimValue b) {
        if (a.kind() != b.kind()) {
            return true; // different kinds of value measure different things: nothing to compare
        }
        return switch (a.kind()) {
            case QUANTITY -> a.quantity().overlaps(b.quantity());
            case TIME -> a.time().overlaps(b.time());
            case DURATION -> a.duration().equals(b.duration());
            case CATEGORY -> a.category().equalsIgnoreCase(b.category());
        };
    }

    /** In [0, 1]: the gap between two disjoint quantity intervals relative to the larger value; 0.5 otherwise. */
    static double severity(ClaimValue a, ClaimValue b) {
        if (a.kind() != ValueKind.QUANTITY || b.kind() != ValueKind.QUANTITY) {
            return 0.5;
        }
        Quantity x = a.quantity();
        Quantity y = b.quantity();
        BigDecimal gap = BigDecimal.ZERO;
        if (x.high() != null && y.low() != null && x.high().compareTo(y.low()) < 0) {
            gap = y.low().subtract(x.high());
        } else if (y.high() != null && x.low() != null && y.high().compareTo(x.low()) < 0) {
            gap = x.low().subtract(y.high());
        }
        BigDecimal scale = x.value().abs().max(y.value().abs()).max(BigDecimal.ONE);
        return Math.min(1.0, gap.divide(scale, MathContext.DECIMAL64).doubleValue());
    }

    /** The intersection of two compatible quantity intervals; other kinds keep the current value. */
    static ClaimValue narrower(ClaimValue current, ClaimValue incoming) {
        if (current.kind() != ValueKind.QUANTITY || incoming.kind() != ValueKind.QUANTITY) {
            return current;
        }
        Quantity a = current.quantity();
        Quantity b = incoming.quantity();
        BigDecimal low = max(a.low(), b.low());
        BigDecimal high = min(a.high(), b.high());
        if (low != null && high != null && low.compareTo(high) == 0) {
            return ClaimValue.of(new Quantity(low, a.unit(), Qualifier.EXACT, low, high));
        }
        Qualifier q = high == null ? Qualifier.AT_LEAST : low == null ? Qualifier.AT_MOST : Qualifier.RANGE;
        return ClaimValue.of(new Quantity(low != null ? low : high, a.unit(), q, low, high));
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }
}
