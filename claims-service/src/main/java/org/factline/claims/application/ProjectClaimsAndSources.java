package org.factline.claims.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.claims.domain.ClaimProjection;
import org.factline.claims.domain.ClaimRecord;
import org.factline.claims.domain.ClaimViews;
import org.factline.claims.domain.ContradictionViews;
import org.factline.claims.domain.SourceFigures;
import org.factline.claims.domain.SourceProjection;
import org.factline.claims.domain.SourceViews;
import org.factline.claims.domain.StoredCommit;

/**
 * The claims and sources read models, applied commit by commit on the projector's thread. Sources
 * are saved before claims: an outlet skips a position it already has, and a claim not yet saved is
 * computed again from the same inputs, so a crash anywhere in between re-applies each change once.
 */
final class ProjectClaimsAndSources {

    private final ClaimViews claims;
    private final SourceViews sources;
    private final ContradictionViews contradictions;

    ProjectClaimsAndSources(ClaimViews claims, SourceViews sources, ContradictionViews contradictions) {
        this.claims = claims;
        this.sources = sources;
        this.contradictions = contradictions;
    }

    void apply(StoredCommit commit) {
        long position = commit.position();
        List<ClaimRecord> before = claims.ofFact(commit.factKey());
        List<ClaimRecord> after = ClaimProjection.applyCommit(before, commit.data(), position,
                id -> contradictions.find(id).orElse(null));
        for (Map.Entry<String, SourceFigures> change : SourceProjection.changes(before, after).entrySet()) {
            String outlet = change.getKey();
            if (sources.position(outlet) < position) {
                sources.save(SourceProjection.apply(outlet, sources.find(outlet).orElse(null), change.getValue()), position);
            }
        }
        Map<String, ClaimRecord> old = new HashMap<>();
        before.forEach(r -> old.put(r.view().claimId(), r));
        for (ClaimRecord r : after) {
            if (!r.equals(old.get(r.view().claimId()))) {
                claims.save(r);
            }
        }
    }

    void deleteAll() {
        claims.deleteAll();
        sources.deleteAll();
    }
}
