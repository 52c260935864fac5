package org.factline.contracts.event;

import java.time.Instant;
import java.util.Objects;
import org.factline.contracts.value.ClaimRef;
import org.factline.contracts.value.FactKey;

/**
 * Two sources disagree about the same fact at the same moment. {@code severity} in [0, 1] says
 * how far apart they are (0 just touching, 1 wildly apart).
 */
public record ContradictionDetected(
        String contradictionId,
        FactKey factKey,
        String subject,
        String predicate,
        ClaimRef existing,
        ClaimRef incoming,
        double severity,
        Instant detectedAt) implements FactlineEvent {

    public static final String TYPE = "fact.ContradictionDetected.v1";

    public ContradictionDetected {
        Objects.requireNonNull(contradictionId, "contradictionId");
        Objects.requireNonNull(factKey, "factKey");
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(detectedAt, "detectedAt");
        if (severity < 0 || severity > 1) {
            throw new IllegalArgumentException("severity must be within [0, 1], got " + severity);
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
