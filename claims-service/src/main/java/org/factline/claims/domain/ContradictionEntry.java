package org.factline.claims.domain;

/**
 * A contradiction as the fact remembers it: which two claims disagree and whether a verdict (or a
 * later change) has closed it. Enough to validate a verdict without reading any read model.
 */
public record ContradictionEntry(String contradictionId, String existingClaimId, String incomingClaimId, boolean open) {

    public boolean involves(String claimId) {
        return existingClaimId.equals(claimId) || incomingClaimId.equals(claimId);
    }

    ContradictionEntry closed() {
        return new ContradictionEntry(contradictionId, existingClaimId, incomingClaimId, false);
    }
}
