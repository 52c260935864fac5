package org.factline.claims.domain;

import java.time.Instant;
import java.util.List;
import org.factline.contracts.event.VersionChange;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.TimeInterval;

/**
 * The facts read model: a fact's current value, status and sources, as of {@code position} in the
 * store. {@code lastChange} says why the current version was made.
 */
public record FactView(String factKey, long version, String subject, String predicate, FactStatus status, ClaimValue value,
                       TimeInterval referenceTime, List<String> claimIds, List<String> outlets, int openContradictions,
                       int resolvedContradictions, VersionChange lastChange, Instant updatedAt, long position) {

    public FactView {
        claimIds = List.copyOf(claimIds);
        outlets = List.copyOf(outlets);
    }
}
