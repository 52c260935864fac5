package org.factline.claims.domain;

import java.util.List;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ClaimsWithdrawn;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.WithdrawalReason;

/** evolve(state, event): folds stored events into state. Pure, total over every fact event. */
public final class FactEvolver {

    private FactEvolver() {
    }

    public static FactState evolve(FactState s, FactlineEvent event) {
        if (event instanceof FactVersioned v) {
            return s.withVersion(v.version(), v.subject(), v.predicate(), v.value(), v.referenceTime());
        }
        if (event instanceof ContradictionDetected d) {
            return s.withContradiction(ContradictionEntry.opened(d.contradictionId(), d.existing().claimId(),
                    d.incoming().claimId()));
        }
        if (event instanceof ContradictionResolved r) {
            return s.withContradictionClosed(r.contradictionId(), r.resolution(), r.winningClaimId());
        }
        if (event instanceof ClaimExtracted c) {
            return s.withClaim(ClaimEntry.of(c));
        }
        if (event instanceof ClaimsWithdrawn w) {
            return s.withClaimsWithdrawn(w.claimIds(),
                    w.reason() == WithdrawalReason.RETRACTED ? ClaimStanding.RETRACTED : ClaimStanding.SUPERSEDED);
        }
        return s; // events of other aggregates never appear in a fact stream
    }

    /** Folds a list of events without counting a stored decision (a decision's events, applied in memory). */
    static FactState evolveAll(FactState s, List<FactlineEvent> events) {
        FactState next = s;
        for (FactlineEvent e : events) {
            next = evolve(next, e);
        }
        return next;
    }

    /** Folds one stored decision: its events, then the stream version moves on. */
    public static FactState evolveCommit(FactState s, List<FactlineEvent> events) {
        return evolveAll(s, events).nextStreamVersion();
    }

    /** Folds a whole stream of decisions from the empty fact. */
    public static FactState fold(FactState empty, List<List<FactlineEvent>> commits) {
        FactState s = empty;
        for (List<FactlineEvent> commit : commits) {
            s = evolveCommit(s, commit);
        }
        return s;
    }
}
