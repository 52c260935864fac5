package org.factline.claims.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ClaimsWithdrawn;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.Resolution;
import org.factline.contracts.event.VersionChange;

/**
 * How stored commits change the claims read model of one fact, and with it what the sources read
 * model is summed from. Pure and idempotent: a claim that already reflects a commit's position is
 * left as it is.
 *
 * <p>A claim is <b>corroborated</b> when, at some version of its fact, it agrees with the fact's
 * value and so does a claim from another independent source (a syndicated copy is its original's
 * source, so it never corroborates its original). Once corroborated it stays so, except that a
 * withdrawal (a RETRACTED version) judges every claim of the fact again against the new value.
 * It is <b>contradicted</b> when it was a side of a contradiction; a verdict upholding one side
 * counts as won for that claim and lost for the other.
 */
public final class ClaimProjection {

    private ClaimProjection() {
    }

    /**
     * @param factClaims     the fact's claims as the read model has them, in arrival order
     * @param contradictions looks up a contradiction's view (for the two sides of a verdict)
     * @return the fact's claims after the commit, in arrival order; changed ones carry {@code position}
     */
    public static List<ClaimRecord> applyCommit(List<ClaimRecord> factClaims, List<FactlineEvent> events, long position,
                                                Function<String, ContradictionView> contradictions) {
        Map<String, ClaimRecord> before = new LinkedHashMap<>();
        factClaims.forEach(r -> before.put(r.view().claimId(), r));
        Map<String, ClaimRecord> now = new LinkedHashMap<>(before);
        for (FactlineEvent e : events) {
            if (e instanceof ClaimExtracted c) {
                now.putIfAbsent(c.claimId(), new ClaimRecord(new ClaimView(c.claimId(), c.measure().value(), c.subject(),
                        c.predicate(), c.value(), c.referenceTime(), c.attribution(), c.provenance(), ClaimView.ACTIVE),
                        false, false, 0, 0, position, position));
            } else if (e instanceof ClaimsWithdrawn w) {
                String status = w.reason().name().toLowerCase(Locale.ROOT);
                w.claimIds().forEach(id -> now.computeIfPresent(id, (k, r) -> r.with(r.view().withStatus(status),
                        r.corroborated(), r.contradicted(), r.verdictsWon(), r.verdictsLost(), position)));
            } else if (e instanceof FactVersioned v) {
                if (v.change() == VersionChange.STALE_REPEAT && v.causedByClaimId() != null) {
                    now.computeIfPresent(v.causedByClaimId(), (k, r) -> r.with(r.view().withStatus(ClaimView.STALE),
                            r.corroborated(), r.contradicted(), r.verdictsWon(), r.verdictsLost(), position));
                }
                corroborate(now, v, v.change() == VersionChange.RETRACTED);
            } else if (e instanceof ContradictionDetected d) {
                markContradicted(now, d.existing().claimId());
                markContradicted(now, d.incoming().claimId());
            } else if (e instanceof ContradictionResolved r && r.resolution() == Resolution.CLAIM_UPHELD) {
                ContradictionView c = contradictions.apply(r.contradictionId());
                if (c != null) {
                    String loser = c.existing().claimId().equals(r.winningClaimId()) ? c.incoming().claimId()
                            : c.existing().claimId();
                    now.computeIfPresent(r.winningClaimId(), (k, x) -> x.with(x.view(), x.corroborated(), x.contradicted(),
                            x.verdictsWon() + 1, x.verdictsLost(), position));
                    now.computeIfPresent(loser, (k, x) -> x.with(x.view(), x.corroborated(), x.contradicted(),
                            x.verdictsWon(), x.verdictsLost() + 1, position));
                }
            }
        }
        List<ClaimRecord> out = new ArrayList<>(now.size());
        for (ClaimRecord r : now.values()) {
            ClaimRecord old = before.get(r.view().claimId());
            if (old != null && (old.position() >= position || sameFigures(old, r))) {
                out.add(old); // already reflects this commit, or the commit changed nothing about it
            } else {
                out.add(r.with(r.view(), r.corroborated(), r.contradicted(), r.verdictsWon(), r.verdictsLost(), position));
            }
        }
        return out;
    }

    private static boolean sameFigures(ClaimRecord a, ClaimRecord b) {
        return a.view().equals(b.view()) && a.corroborated() == b.corroborated() && a.contradicted() == b.contradicted()
                && a.verdictsWon() == b.verdictsWon() && a.verdictsLost() == b.verdictsLost();
    }

    private static void markContradicted(Map<String, ClaimRecord> now, String claimId) {
        now.computeIfPresent(claimId, (k, r) -> r.with(r.view(), r.corroborated(), true, r.verdictsWon(), r.verdictsLost(),
                r.position()));
    }

    private static void corroborate(Map<String, ClaimRecord> now, FactVersioned v, boolean judgeAgain) {
        List<ClaimEntry> standing = now.values().stream().filter(r -> r.view().counts()).map(r -> r.view().entry()).toList();
        Map<String, String> sources = IndependentSources.byClaim(standing);
        Map<String, String> sourceOf = new HashMap<>();
        Set<String> agreeingSources = new HashSet<>();
        for (ClaimEntry c : standing) {
            if (c.value().kind() == v.value().kind() && ValueJudge.compatible(c.value(), v.value())) {
                sourceOf.put(c.claimId(), sources.get(c.claimId()));
                agreeingSources.add(sources.get(c.claimId()));
            }
        }
        for (ClaimEntry c : standing) {
            ClaimRecord r = now.get(c.claimId());
            String source = sourceOf.get(c.claimId());
            boolean backed = source != null && agreeingSources.stream().anyMatch(s -> !s.equals(source));
            boolean corroborated = judgeAgain ? backed : r.corroborated() || backed;
            if (corroborated != r.corroborated()) {
                now.put(c.claimId(), r.with(r.view(), corroborated, r.contradicted(), r.verdictsWon(), r.verdictsLost(),
                        r.position()));
            }
        }
    }
}
