package org.factline.contracts.event;

import java.time.Instant;
import java.util.Objects;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.TimeInterval;

/**
 * One checkable statement found in an article. {@code claimId} is deterministic (article, span,
 * rule, extractor version), so re-extracting the same article yields the same ids and a
 * redelivered message can be recognised downstream. {@code referenceTime} is the time the value
 * holds for; null when the text gives none and the publication date is unknown.
 */
public record ClaimExtracted(
        String claimId,
        FactKey factKey,
        String subject,
        String predicate,
        ClaimValue value,
        TimeInterval referenceTime,
        Attribution attribution,
        Provenance provenance,
        Instant extractedAt) implements FactlineEvent {

    public static final String TYPE = "claim.ClaimExtracted.v1";

    public ClaimExtracted {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(factKey, "factKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(extractedAt, "extractedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
