package org.factline.claims.adapter.in.rest;

/**
 * Body of {@code POST /internal/v1/contradictions/{id}/verdict}: name the winning claim, or set
 * {@code notAContradiction} when the two claims measure different things.
 */
public record VerdictRequest(String winningClaimId, Boolean notAContradiction, String reviewer, String note) {
}
