package org.factline.claims.domain;

import org.factline.contracts.event.ClaimExtracted;

/** What can be asked of a fact. */
public sealed interface FactCommand {

    /** Take a newly extracted claim into account. */
    record AttachClaim(ClaimExtracted claim) implements FactCommand {
    }

    /**
     * A reviewer's verdict on an open contradiction: either which of its two claims is right
     * ({@code winningClaimId}), or that the two claims measure different things
     * ({@code notAContradiction}). Exactly one of the two must be given.
     */
    record RecordVerdict(String contradictionId, String winningClaimId, boolean notAContradiction, String reviewer,
                         String note) implements FactCommand {
    }
}
