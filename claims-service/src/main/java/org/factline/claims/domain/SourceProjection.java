package org.factline.claims.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a commit changes the sources read model: the difference it made to each outlet's figures,
 * from the fact's claims before and after it ({@link ClaimProjection}). The sources model applies
 * each difference once per outlet and commit position, so it stays idempotent.
 */
public final class SourceProjection {

    private SourceProjection() {
    }

    /** Outlet to the change in its figures, sorted by outlet; outlets whose figures did not change are left out. */
    public static Map<String, SourceFigures> changes(List<ClaimRecord> before, List<ClaimRecord> after) {
        Map<String, ClaimRecord> old = new HashMap<>();
        before.forEach(r -> old.put(r.view().claimId(), r));
        Map<String, SourceFigures> changes = new TreeMap<>();
        for (ClaimRecord r : after) {
            ClaimRecord was = old.get(r.view().claimId());
            SourceFigures delta = r.figures().minus(was == null ? SourceFigures.NONE : was.figures());
            if (!delta.isZero()) {
                changes.merge(r.outlet(), delta, SourceFigures::plus);
            }
        }
        changes.values().removeIf(SourceFigures::isZero);
        return changes;
    }

    /** An outlet's view after {@code change}. */
    public static SourceView apply(String outlet, SourceView current, SourceFigures change) {
        SourceFigures base = current == null ? SourceFigures.NONE : current.figures();
        return SourceView.of(outlet, base.plus(change));
    }
}
