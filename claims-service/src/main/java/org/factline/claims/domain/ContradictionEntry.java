package org.factline.claims.domain;

import org.factline.contracts.event.Resolution;

/**
 * A contradiction as the fact remembers it: which two claims disagree and, once closed, how
 * ({@code resolution}, null while open) and which claim a verdict upheld. Enough to validate a
 * verdict, and to re-apply it when withdrawn claims make the fact judge its claims again.
 */
public record ContradictionEntry(String contradictionId, String existingClaimId, String incomingClaimId,
                                 Resolution resolution, String winningClaimId) {

    static ContradictionEntry opened(String contradictionId, String existingClaimId, String incomingClaimId) {
        return new ContradictionEntry(contradictionId, existingClaimId, incomingClaimId, null, null);
    }

    public boolean open() {
        return resolution == null;
    }

    public boolean involves(String claimId) {
        return existingClaimId.equals(claimId) || incomingClaimId.equals(claimId);
    }

    ContradictionEntry closed(Resolution how, String winner) {
        return new ContradictionEntry(contradictionId, existingClaimId, incomingClaimId, how, winner);
    }
}
