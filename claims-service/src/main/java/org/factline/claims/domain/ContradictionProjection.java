package org.factline.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.Resolution;

/**
 * How stored commits change the contradictions read model. Pure and idempotent: a view that
 * already reflects a commit's position is left as it is.
 */
public final class ContradictionProjection {

    private ContradictionProjection() {
    }

    /**
     * @param find looks up the current view of a contradiction (null when unknown)
     * @return the views to save, in order
     */
    public static List<ContradictionView> applyCommit(Function<String, ContradictionView> find, List<FactlineEvent> events,
                                                      long position) {
        List<ContradictionView> changed = new ArrayList<>();
        for (FactlineEvent e : events) {
            if (e instanceof ContradictionDetected d) {
                ContradictionView known = find.apply(d.contradictionId());
                if (known == null) {
                    changed.add(new ContradictionView(d.contradictionId(), d.factKey().value(), d.subject(), d.predicate(),
                            ContradictionStatus.OPEN, d.existing(), d.incoming(), d.severity(), d.detectedAt(), null, null,
                            null, null, null, position));
                }
            } else if (e instanceof ContradictionResolved r) {
                ContradictionView known = find.apply(r.contradictionId());
                if (known != null && known.position() < position) {
                    ContradictionStatus status = r.resolution() == Resolution.SUPERSEDED
                            ? ContradictionStatus.SUPERSEDED : ContradictionStatus.RESOLVED;
                    changed.add(new ContradictionView(known.contradictionId(), known.factKey(), known.subject(),
                            known.predicate(), status, known.existing(), known.incoming(), known.severity(),
                            known.detectedAt(), r.resolution(), r.winningClaimId(), r.reviewer(), r.note(), r.resolvedAt(),
                            position));
                }
            }
        }
        return changed;
    }
}
