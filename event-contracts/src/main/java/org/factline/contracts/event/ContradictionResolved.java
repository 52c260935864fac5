package org.factline.contracts.event;

import java.time.Instant;
import java.util.Objects;
import org.factline.contracts.value.FactKey;

/** A contradiction was closed, by a reviewer's verdict or because a side was superseded. */
public record ContradictionResolved(
        String contradictionId,
        FactKey factKey,
        Resolution resolution,
        String winningClaimId,
        String reviewer,
        String note,
        Instant resolvedAt) implements FactlineEvent {

    public static final String TYPE = "fact.ContradictionResolved.v1";

    public ContradictionResolved {
        Objects.requireNonNull(contradictionId, "contradictionId");
        Objects.requireNonNull(factKey, "factKey");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        if (resolution == Resolution.CLAIM_UPHELD && winningClaimId == null) {
            throw new IllegalArgumentException("an upheld claim must be named");
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
