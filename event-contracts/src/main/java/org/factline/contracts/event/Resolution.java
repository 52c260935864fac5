package org.factline.contracts.event;

/** How a contradiction ended. */
public enum Resolution {
    /** A reviewer said which claim is right ({@code winningClaimId}). */
    CLAIM_UPHELD,
    /** A reviewer said the two claims measure different things. */
    NOT_A_CONTRADICTION,
    /** Later claims (e.g. from a newer extractor) replaced one of the sides. */
    SUPERSEDED
}
