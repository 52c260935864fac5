package org.factline.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.VersionChange;
import org.factline.contracts.value.ClaimValue;

/**
 * decide(state, command) for facts: pure, no I/O, no framework. A claim the fact already holds
 * decides nothing, which is what makes redelivered messages harmless. A new claim is recorded in
 * the stream as received (so the fact can later name it in a contradiction), followed by what it
 * changed: a new, narrower version when it agrees, or a contested version and a contradiction.
 */
public final class FactDecider {

    private FactDecider() {
    }

    public static List<FactlineEvent> decide(FactState state, FactCommand command, Instant now) {
        if (command instanceof FactCommand.AttachClaim attach) {
            return attach(state, attach.claim(), now);
        }
        throw new IllegalArgumentException("no decision rule for " + command.getClass().getSimpleName());
    }

    private static List<FactlineEvent> attach(FactState state, ClaimExtracted claim, Instant now) {
        if (state.knows(claim.claimId())) {
            return List.of();
        }
        ClaimEntry entry = ClaimEntry.of(claim);
        List<String> claimIds = new ArrayList<>(state.claims().stream().map(ClaimEntry::claimId).toList());
        claimIds.add(claim.claimId());
        List<String> outlets = new ArrayList<>(state.outlets());
        if (!outlets.contains(claim.provenance().outlet())) {
            outlets.add(claim.provenance().outlet());
        }
        long version = state.version() + 1;
        if (state.version() == 0) {
            return List.of(claim, versioned(state, claim, VersionChange.CREATED, claim.value(), version, claimIds, outlets, now));
        }
        Optional<ClaimEntry> clash = state.claims().stream()
                .filter(c -> !ValueJudge.compatible(c.value(), claim.value())).findFirst();
        if (clash.isEmpty()) {
            ClaimValue together = ValueJudge.narrower(state.value(), claim.value());
            return List.of(claim, versioned(state, claim, VersionChange.CORROBORATED, together, version, claimIds, outlets, now));
        }
        ContradictionDetected contradiction = new ContradictionDetected(
                "c-" + state.key().value() + "-" + claim.claimId(), state.key(), state.subject(), state.predicate(),
                clash.get().ref(), entry.ref(), ValueJudge.severity(clash.get().value(), claim.value()), now);
        return List.of(claim, versioned(state, claim, VersionChange.CONTESTED, state.value(), version, claimIds, outlets, now),
                contradiction);
    }

    private static FactVersioned versioned(FactState state, ClaimExtracted claim, VersionChange change, ClaimValue value,
                                           long version, List<String> claimIds, List<String> outlets, Instant now) {
        String subject = state.subject() != null ? state.subject() : claim.subject();
        String predicate = state.predicate() != null ? state.predicate() : claim.predicate();
        return new FactVersioned(state.key(), version, subject, predicate, change, value,
                claim.referenceTime() != null ? claim.referenceTime() : state.referenceTime(), claim.claimId(), claimIds,
                outlets, now);
    }
}
