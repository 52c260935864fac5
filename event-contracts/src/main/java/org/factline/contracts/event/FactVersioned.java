package org.factline.contracts.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.TimeInterval;

/**
 * A fact reached a new version. Carries both times: {@code referenceTime} is when the value
 * holds, {@code recordedAt} when Factline learned it.
 */
public record FactVersioned(
        FactKey factKey,
        long version,
        String subject,
        String predicate,
        VersionChange change,
        ClaimValue value,
        TimeInterval referenceTime,
        String causedByClaimId,
        List<String> claimIds,
        List<String> outlets,
        Instant recordedAt) implements FactlineEvent {

    public static final String TYPE = "fact.FactVersioned.v1";

    public FactVersioned {
        Objects.requireNonNull(factKey, "factKey");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (version < 1) {
            throw new IllegalArgumentException("fact versions start at 1, got " + version);
        }
        claimIds = List.copyOf(claimIds);
        outlets = List.copyOf(outlets);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
