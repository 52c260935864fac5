package org.factline.claims.domain;

import java.math.BigDecimal;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.ValueKind;

/**
 * Judges one incoming claim against one claim the fact already holds. Reference times only matter
 * for running figures: any other fact is assumed to have a single value, so reports from different
 * days are compared as if made at the same moment (a ship arrives once; a reward is one amount).
 */
public final class ClaimJudge {

    private ClaimJudge() {
    }

    public static PairVerdict judge(ClaimEntry existing, ClaimEntry incoming, boolean running) {
        ClaimValue a = existing.value();
        ClaimValue b = incoming.value();
        if (a.kind() != b.kind()) {
            return PairVerdict.UNRELATED;
        }
        if (!running || a.kind() != ValueKind.QUANTITY) {
            return ValueJudge.compatible(a, b) ? PairVerdict.AGREES : PairVerdict.CLASHES;
        }
        Moment moment = Moment.of(incoming.referenceTime(), existing.referenceTime());
        Quantity old = a.quantity();
        Quantity now = b.quantity();
        if (moment == Moment.SAME) {
            return old.overlaps(now) ? PairVerdict.AGREES : PairVerdict.CLASHES;
        }
        if (moment == Moment.LATER) {
            return below(now, old) ? PairVerdict.DROPS : below(old, now) ? PairVerdict.RISES : PairVerdict.AGREES;
        }
        return below(old, now) ? PairVerdict.DROPS : below(now, old) ? PairVerdict.OLDER : PairVerdict.AGREES;
    }

    /** True when every value {@code x} allows is below every value {@code y} allows. */
    static boolean below(Quantity x, Quantity y) {
        BigDecimal xHigh = x.high();
        BigDecimal yLow = y.low();
        return xHigh != null && yLow != null && xHigh.compareTo(yLow) < 0;
    }
}
