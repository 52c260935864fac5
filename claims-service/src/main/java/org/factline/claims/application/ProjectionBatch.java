package org.factline.claims.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.factline.claims.domain.ClaimRecord;
import org.factline.claims.domain.ClaimViews;
import org.factline.claims.domain.ContradictionView;
import org.factline.claims.domain.ContradictionViews;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.FactViews;
import org.factline.claims.domain.SourceViews;
import org.factline.claims.domain.StoredCommit;
import org.factline.claims.domain.StoredSource;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactlineEvent;

/**
 * The read-model records one projector batch touches, read once up front (one query per read
 * model) and kept in memory while its commits are applied in order, so each commit sees what the
 * ones before it changed; {@link #write()} then saves each changed record once, one bulk write per
 * read model, in the order the projector always saved them: facts, contradictions, sources, claims.
 * A record saved by a batch that crashed before its checkpoint moved carries the position of the
 * last commit that changed it, so re-applying the batch skips it as before.
 */
final class ProjectionBatch {

    /** The order {@code ClaimViews.ofFact} lists a fact's claims in. */
    private static final Comparator<ClaimRecord> ARRIVAL_ORDER =
            Comparator.comparingLong(ClaimRecord::arrival).thenComparing(r -> r.view().claimId());

    private final FactViews factViews;
    private final ContradictionViews contradictionViews;
    private final ClaimViews claimViews;
    private final SourceViews sourceViews;
    private final Map<String, FactView> facts;
    private final Map<String, ContradictionView> contradictions;
    private final Map<String, List<ClaimRecord>> claims;
    private final Map<String, StoredSource> sources;
    private final Set<String> contradictionsRead;
    private final Set<String> outletsRead;
    private final Map<String, FactView> changedFacts = new LinkedHashMap<>();
    private final Map<String, ContradictionView> changedContradictions = new LinkedHashMap<>();
    private final Map<String, StoredSource> changedSources = new LinkedHashMap<>();
    private final Map<String, ClaimRecord> changedClaims = new LinkedHashMap<>();

    ProjectionBatch(List<StoredCommit> commits, FactViews facts, ContradictionViews contradictions, ClaimViews claims,
                    SourceViews sources) {
        this.factViews = facts;
        this.contradictionViews = contradictions;
        this.claimViews = claims;
        this.sourceViews = sources;
        Set<String> factKeys = new LinkedHashSet<>();
        Set<String> contradictionIds = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (StoredCommit commit : commits) {
            factKeys.add(commit.factKey());
            for (FactlineEvent e : commit.data()) {
                if (e instanceof ContradictionDetected d) {
                    contradictionIds.add(d.contradictionId());
                } else if (e instanceof ContradictionResolved r) {
                    contradictionIds.add(r.contradictionId());
                } else if (e instanceof ClaimExtracted c) {
                    outlets.add(c.provenance().outlet());
                }
            }
        }
        this.facts = new HashMap<>(facts.findAll(factKeys));
        this.contradictions = new HashMap<>(contradictions.findAll(contradictionIds));
        this.contradictionsRead = new HashSet<>(contradictionIds);
        this.claims = new HashMap<>(claims.ofFacts(factKeys));
        // A commit changes the figures of its fact's claims only: the outlets of those and of the new ones.
        this.claims.values().forEach(list -> list.forEach(r -> outlets.add(r.outlet())));
        this.sources = new HashMap<>(sources.findAll(outlets));
        this.outletsRead = new HashSet<>(outlets);
    }

    /** The fact's view as of the commits applied so far; null when it has none. */
    FactView fact(String factKey) {
        return facts.get(factKey);
    }

    void save(FactView view) {
        facts.put(view.factKey(), view);
        changedFacts.put(view.factKey(), view);
    }

    /** The contradiction's view as of the commits applied so far; null when unknown. */
    ContradictionView contradiction(String contradictionId) {
        return readThrough(contradictions, contradictionsRead, contradictionId, contradictionViews::findAll);
    }

    void save(ContradictionView view) {
        contradictions.put(view.contradictionId(), view);
        changedContradictions.put(view.contradictionId(), view);
    }

    /** The fact's claims as of the commits applied so far, in arrival order. */
    List<ClaimRecord> claimsOf(String factKey) {
        return claims.getOrDefault(factKey, List.of());
    }

    /** The fact's claims after a commit; {@code changed} are the ones to save. */
    void save(String factKey, List<ClaimRecord> all, Collection<ClaimRecord> changed) {
        List<ClaimRecord> ordered = new ArrayList<>(all);
        ordered.sort(ARRIVAL_ORDER);
        claims.put(factKey, ordered);
        changed.forEach(r -> changedClaims.put(r.view().claimId(), r));
    }

    /** The outlet's stored view as of the commits applied so far; null when it has none. */
    StoredSource source(String outlet) {
        return readThrough(sources, outletsRead, outlet, sourceViews::findAll);
    }

    void save(StoredSource source) {
        sources.put(source.view().outlet(), source);
        changedSources.put(source.view().outlet(), source);
    }

    /** Saves every changed record; the caller moves the checkpoint after this returns. */
    void write() {
        factViews.saveAll(changedFacts.values());
        contradictionViews.saveAll(changedContradictions.values());
        sourceViews.saveAll(changedSources.values());
        claimViews.saveAll(changedClaims.values());
    }

    /** A record the batch did not expect to need is read when first asked for (none is, today). */
    private static <V> V readThrough(Map<String, V> known, Set<String> read, String key,
                                     Function<Collection<String>, Map<String, V>> load) {
        if (read.add(key)) {
            known.putAll(load.apply(List.of(key)));
        }
        return known.get(key);
    }
}
