package org.factline.claims.adapter.in.rest;

import org.factline.contracts.event.Resolution;

/** What a recorded verdict did: the resolution and the fact version and store position it made. */
public record VerdictResponse(String contradictionId, String factKey, Resolution resolution, String winningClaimId,
                              long factVersion, long position) {
}
