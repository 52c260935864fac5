package org.factline.claims.domain;

import java.time.Instant;
import java.util.List;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.Resolution;
import org.factline.contracts.event.VersionChange;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.TimeInterval;

/**
 * decide for {@link FactCommand.RecordVerdict}: closes an open contradiction and gives the fact a
 * RESOLVED version. When a claim is upheld and it disagrees with the current value, the fact takes
 * the upheld claim's value; otherwise the value stays (narrowed by the winner where they overlap).
 */
final class VerdictRules {

    private VerdictRules() {
    }

    static List<FactlineEvent> decide(FactState state, FactCommand.RecordVerdict verdict, Instant now) {
        ContradictionEntry contradiction = state.contradiction(verdict.contradictionId()).orElseThrow(() ->
                new VerdictRejected(VerdictRejected.Reason.UNKNOWN_CONTRADICTION,
                        "fact " + state.key() + " has no contradiction " + verdict.contradictionId()));
        if (!contradiction.open()) {
            throw new VerdictRejected(VerdictRejected.Reason.ALREADY_RESOLVED,
                    "contradiction " + verdict.contradictionId() + " is already resolved");
        }
        if (verdict.reviewer() == null || verdict.reviewer().isBlank()) {
            throw invalid("a verdict must name its reviewer");
        }
        boolean namesWinner = verdict.winningClaimId() != null && !verdict.winningClaimId().isBlank();
        if (namesWinner == verdict.notAContradiction()) {
            throw invalid("a verdict either names the winning claim or says it is not a contradiction, not both and not neither");
        }
        if (namesWinner && !contradiction.involves(verdict.winningClaimId())) {
            throw invalid("claim " + verdict.winningClaimId() + " is not one of the two sides of " + verdict.contradictionId());
        }
        Resolution resolution = namesWinner ? Resolution.CLAIM_UPHELD : Resolution.NOT_A_CONTRADICTION;
        String winner = namesWinner ? verdict.winningClaimId() : null;
        ContradictionResolved resolved = new ContradictionResolved(verdict.contradictionId(), state.key(), resolution, winner,
                verdict.reviewer().strip(), verdict.note(), now);
        FactState after = namesWinner ? upholding(state, state.claim(winner).orElseThrow()) : state;
        return List.of(resolved, FactDecider.versioned(state, winner, VersionChange.RESOLVED, after.value(),
                after.referenceTime(), now));
    }

    /**
     * The fact's value once {@code upheld} is declared right: narrowed to it when they agree,
     * otherwise moved to it (with its reference time, when it has one).
     */
    static FactState upholding(FactState state, ClaimEntry upheld) {
        ClaimValue value = state.value();
        TimeInterval referenceTime = state.referenceTime();
        if (upheld.value().kind() == value.kind() && ValueJudge.compatible(value, upheld.value())) {
            value = ValueJudge.narrower(value, upheld.value());
        } else {
            value = upheld.value();
            referenceTime = upheld.referenceTime() != null ? upheld.referenceTime() : referenceTime;
        }
        return state.withVersion(state.version(), state.subject(), state.predicate(), value, referenceTime);
    }

    private static VerdictRejected invalid(String message) {
        return new VerdictRejected(VerdictRejected.Reason.INVALID, message);
    }
}
