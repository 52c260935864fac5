package org.factline.claims.domain;

import java.util.List;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;

/** evolve(state, event): folds stored events into state. Pure, total over every fact event. */
public final class FactEvolver {

    private FactEvolver() {
    }

    public static FactState evolve(FactState s, FactlineEvent event) {
        if (event instanceof FactVersioned v) {
            return new FactState(s.key(), s.streamVersion(), v.version(), v.subject(), v.predicate(), v.value(),
                    v.referenceTime(), s.claims(), s.outlets(), s.openContradictions());
        }
        if (event instanceof ContradictionDetected) {
            return new FactState(s.key(), s.streamVersion(), s.version(), s.subject(), s.predicate(), s.value(),
                    s.referenceTime(), s.claims(), s.outlets(), s.openContradictions() + 1);
        }
        if (event instanceof ContradictionResolved) {
            return new FactState(s.key(), s.streamVersion(), s.version(), s.subject(), s.predicate(), s.value(),
                    s.referenceTime(), s.claims(), s.outlets(), Math.max(0, s.openContradictions() - 1));
        }
        if (event instanceof ClaimExtracted c) {
            return s.withClaim(ClaimEntry.of(c));
        }
        return s; // events of other aggregates never appear in a fact stream
    }

    /** Folds one stored decision: its events, then the stream version moves on. */
    public static FactState evolveCommit(FactState s, List<FactlineEvent> events) {
        FactState next = s;
        for (FactlineEvent e : events) {
            next = evolve(next, e);
        }
        return next.nextStreamVersion();
    }
}
