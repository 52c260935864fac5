package org.factline.claims.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.TimeInterval;
import org.factline.contracts.value.ValueKind;

/** Whether two claim values can both be true, how far apart they are when not, and what they say together. */
final class ValueJudge {

    /** Days apart at which a date contradiction reaches half severity. */
    private static final double HALF_SEVERITY_DAYS = 5.0;

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
            case CATEGORY -> a.category().strip().equalsIgnoreCase(b.category().strip());
        };
    }

    /**
     * In [0, 1], how far apart two incompatible values are. Quantities: the gap between the
     * intervals relative to the larger stated value. Dates: the gap in days d as d / (d + 5), so a
     * few days apart is moderate and weeks apart approaches 1. Categories share nothing: 1.
     */
    static double severity(ClaimValue a, ClaimValue b) {
        if (a.kind() != b.kind()) {
            return 0.0;
        }
        if (a.kind() == ValueKind.QUANTITY) {
            return quantityGap(a.quantity(), b.quantity());
        }
        if (a.kind() == ValueKind.TIME) {
            double days = timeGap(a.time(), b.time()).toSeconds() / 86_400.0;
            return days / (days + HALF_SEVERITY_DAYS);
        }
        return a.kind() == ValueKind.CATEGORY ? 1.0 : 0.5;
    }

    private static double quantityGap(Quantity x, Quantity y) {
        BigDecimal gap = BigDecimal.ZERO;
        if (ClaimJudge.below(x, y)) {
            gap = y.low().subtract(x.high());
        } else if (ClaimJudge.below(y, x)) {
            gap = x.low().subtract(y.high());
        }
        BigDecimal scale = x.value().abs().max(y.value().abs()).max(BigDecimal.ONE);
        return Math.min(1.0, gap.divide(scale, MathContext.DECIMAL64).doubleValue());
    }

    private static Duration timeGap(TimeInterval x, TimeInterval y) {
        if (x.end() != null && y.start() != null && !x.end().isAfter(y.start())) {
            return Duration.between(x.end(), y.start());
        }
        if (y.end() != null && x.start() != null && !y.end().isAfter(x.start())) {
            return Duration.between(y.end(), x.start());
        }
        return Duration.ZERO;
    }

    /**
     * The intersection of two quantity intervals when they overlap; otherwise, and for other kinds,
     * the current value stays (the incoming claim is then recorded without narrowing anything).
     */
    static ClaimValue narrower(ClaimValue current, ClaimValue incoming) {
        if (current.kind() != ValueKind.QUANTITY || incoming.kind() != ValueKind.QUANTITY
                || !current.quantity().overlaps(incoming.quantity())) {
            return current;
        }
        Quantity a = current.quantity();
        Quantity b = incoming.quantity();
        return interval(max(a.low(), b.low()), min(a.high(), b.high()), a.unit());
    }

    /**
     * A running figure's new value: what the later claim says, but never below the floor an earlier
     * report already established (a toll of "at least 60" yesterday is at least 60 today).
     */
    static ClaimValue raisedFrom(ClaimValue previous, ClaimValue later) {
        Quantity p = previous.quantity();
        Quantity l = later.quantity();
        BigDecimal low = max(l.low(), p.low());
        if (low != null && l.high() != null && low.compareTo(l.high()) > 0) {
            return later;
        }
        if (low == null ? l.low() == null : l.low() != null && low.compareTo(l.low()) == 0) {
            return later; // the floor adds nothing: keep the claim's own wording (qualifier, value)
        }
        return interval(low, l.high(), l.unit());
    }

    private static ClaimValue interval(BigDecimal low, BigDecimal high, String unit) {
        if (low != null && high != null && low.compareTo(high) == 0) {
            return ClaimValue.of(new Quantity(low, unit, Qualifier.EXACT, low, high));
        }
        Qualifier q = high == null ? Qualifier.AT_LEAST : low == null ? Qualifier.AT_MOST : Qualifier.RANGE;
        return ClaimValue.of(new Quantity(low != null ? low : high, unit, q, low, high));
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }
}
