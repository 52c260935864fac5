package org.factline.claims.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.contracts.event.Resolution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.TimeInterval;

/**
 * A fact folded from its events. {@code streamVersion} counts stored decisions (the optimistic
 * concurrency guard); {@code version} counts fact versions. {@code value} and
 * {@code referenceTime} are the current version's; {@code claims} are every claim ever attached,
 * in the order they arrived, withdrawn ones included (judgements use {@link #activeClaims()}).
 */
public record FactState(FactKey key, long streamVersion, long version, String subject, String predicate,
                        ClaimValue value, TimeInterval referenceTime, List<ClaimEntry> claims,
                        List<ContradictionEntry> contradictions) {

    public FactState {
        claims = List.copyOf(claims);
        contradictions = List.copyOf(contradictions);
    }

    public static FactState empty(FactKey key) {
        return new FactState(key, 0, 0, null, null, null, null, List.of(), List.of());
    }

    public boolean knows(String claimId) {
        return claim(claimId).isPresent();
    }

    public Optional<ClaimEntry> claim(String claimId) {
        return claims.stream().filter(c -> c.claimId().equals(claimId)).findFirst();
    }

    /** The claims that still count, in arrival order. */
    public List<ClaimEntry> activeClaims() {
        return claims.stream().filter(ClaimEntry::active).toList();
    }

    public Optional<ContradictionEntry> contradiction(String contradictionId) {
        return contradictions.stream().filter(c -> c.contradictionId().equals(contradictionId)).findFirst();
    }

    /**
     * The independent sources behind the active claims, one outlet each, in the order they first
     * spoke (a list, so events are the same on every replay); a syndicated copy adds none.
     */
    public List<String> outlets() {
        return IndependentSources.of(activeClaims());
    }

    public int openContradictions() {
        return (int) contradictions.stream().filter(ContradictionEntry::open).count();
    }

    FactState withVersion(long version, String subject, String predicate, ClaimValue value, TimeInterval referenceTime) {
        return new FactState(key, streamVersion, version, subject, predicate, value, referenceTime, claims, contradictions);
    }

    FactState withClaim(ClaimEntry claim) {
        List<ClaimEntry> more = new ArrayList<>(claims);
        more.add(claim);
        return new FactState(key, streamVersion, version, subject, predicate, value, referenceTime, more, contradictions);
    }

    FactState withClaimsWithdrawn(Collection<String> claimIds, ClaimStanding standing) {
        List<ClaimEntry> next = claims.stream()
                .map(c -> claimIds.contains(c.claimId()) ? c.withStanding(standing) : c).toList();
        return new FactState(key, streamVersion, version, subject, predicate, value, referenceTime, next, contradictions);
    }

    FactState withContradiction(ContradictionEntry contradiction) {
        List<ContradictionEntry> more = new ArrayList<>(contradictions);
        more.add(contradiction);
        return new FactState(key, streamVersion, version, subject, predicate, value, referenceTime, claims, more);
    }

    FactState withContradictionClosed(String contradictionId, Resolution how, String winner) {
        List<ContradictionEntry> next = contradictions.stream()
                .map(c -> c.contradictionId().equals(contradictionId) ? c.closed(how, winner) : c).toList();
        return new FactState(key, streamVersion, version, subject, predicate, value, referenceTime, claims, next);
    }

    FactState nextStreamVersion() {
        return new FactState(key, streamVersion + 1, version, subject, predicate, value, referenceTime, claims, contradictions);
    }
}
