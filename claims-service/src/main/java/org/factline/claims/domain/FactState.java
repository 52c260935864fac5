package org.factline.claims.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.TimeInterval;

/**
 * A fact folded from its events. {@code streamVersion} counts stored decisions (the optimistic
 * concurrency guard); {@code version} counts fact versions.
 */
public record FactState(FactKey key, long streamVersion, long version, String subject, String predicate,
                        ClaimValue value, TimeInterval referenceTime, List<ClaimEntry> claims, Set<String> outlets,
                        int openContradictions) {

    public FactState {
        claims = List.copyOf(claims);
        outlets = Set.copyOf(outlets);
    }

    public static FactState empty(FactKey key) {
        return new FactState(key, 0, 0, null, null, null, null, List.of(), Set.of(), 0);
    }

    public boolean knows(String claimId) {
        return claims.stream().anyMatch(c -> c.claimId().equals(claimId));
    }

    FactState withClaim(ClaimEntry claim) {
        List<ClaimEntry> more = new ArrayList<>(claims);
        more.add(claim);
        Set<String> moreOutlets = new LinkedHashSet<>(outlets);
        moreOutlets.add(claim.outlet());
        return new FactState(key, streamVersion, version, subject, predicate, value, referenceTime, more, moreOutlets,
                openContradictions);
    }

    FactState nextStreamVersion() {
        return new FactState(key, streamVersion + 1, version, subject, predicate, value, referenceTime, claims, outlets,
                openContradictions);
    }
}
