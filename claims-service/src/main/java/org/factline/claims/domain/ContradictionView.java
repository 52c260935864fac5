package org.factline.claims.domain;

import java.time.Instant;
import org.factline.contracts.event.Resolution;
import org.factline.contracts.value.ClaimRef;

/**
 * The contradictions read model: both sides (claim, outlet, quote, value, reference time), how far
 * apart they are, and, once closed, the verdict. {@code position} is the last commit applied.
 */
public record ContradictionView(String contradictionId, String factKey, String subject, String predicate,
                                ContradictionStatus status, ClaimRef existing, ClaimRef incoming, double severity,
                                Instant detectedAt, Resolution resolution, String winningClaimId, String reviewer,
                                String note, Instant resolvedAt, long position) {
}
