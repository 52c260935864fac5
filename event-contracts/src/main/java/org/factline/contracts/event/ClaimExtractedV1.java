package org.factline.contracts.event;

import java.time.Instant;
import java.util.Objects;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.TimeInterval;

/**
 * {@code claim.ClaimExtracted.v1} as it was written before measures and anchors: kept so stored
 * histories and old messages still read. Nothing writes it any more; readers receive it upcast
 * to {@link ClaimExtracted} (see {@code EventCodec.decode}).
 */
public record ClaimExtractedV1(
        String claimId,
        FactKey factKey,
        String subject,
        String predicate,
        ClaimValue value,
        TimeInterval referenceTime,
        Attribution attribution,
        Provenance provenance,
        Instant extractedAt) implements FactlineEvent, Upcastable {

    public static final String TYPE = "claim.ClaimExtracted.v1";

    public ClaimExtractedV1 {
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
    public ClaimExtracted upcast() {
        return new ClaimExtracted(claimId, factKey, subject, predicate, value, referenceTime, attribution, provenance,
                extractedAt);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
