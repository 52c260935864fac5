package org.factline.claims.domain;

import java.time.Instant;
import java.util.List;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.Resolution;

/**
 * How stored commits change the facts read model. Pure and idempotent: a commit the view already
 * reflects (by position) leaves it unchanged, so replaying the store rebuilds the same views.
 */
public final class FactProjection {

    private FactProjection() {
    }

    /** @param current the view so far, or null for a fact not seen yet; returns null if still nothing to show */
    public static FactView applyCommit(FactView current, List<FactlineEvent> events, long position, Instant recordedAt) {
        if (current != null && current.position() >= position) {
            return current;
        }
        FactView view = current;
        for (FactlineEvent e : events) {
            view = apply(view, e, position, recordedAt);
        }
        return view;
    }

    private static FactView apply(FactView current, FactlineEvent event, long position, Instant recordedAt) {
        int open = current == null ? 0 : current.openContradictions();
        int resolved = current == null ? 0 : current.resolvedContradictions();
        if (event instanceof FactVersioned v) {
            return new FactView(v.factKey().value(), v.version(), v.subject(), v.predicate(),
                    FactStatus.of(v.outlets().size(), open, resolved), v.value(), v.referenceTime(), v.claimIds(), v.outlets(),
                    open, resolved, v.change(), recordedAt, position);
        }
        if (current == null) {
            return null; // a fact's first commit always starts with its first version
        }
        if (event instanceof ContradictionDetected) {
            open++;
        } else if (event instanceof ContradictionResolved r) {
            open = Math.max(0, open - 1);
            if (r.resolution() != Resolution.SUPERSEDED) {
                resolved++; // a contradiction closed because a side was withdrawn was not settled by anyone
            }
        } else {
            return current; // the attached claim itself changes no field of the view
        }
        return new FactView(current.factKey(), current.version(), current.subject(), current.predicate(),
                FactStatus.of(current.outlets().size(), open, resolved), current.value(), current.referenceTime(),
                current.claimIds(), current.outlets(), open, resolved, current.lastChange(), recordedAt, position);
    }
}
