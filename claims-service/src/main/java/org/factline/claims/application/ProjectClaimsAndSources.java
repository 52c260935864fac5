package org.factline.claims.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.claims.domain.ClaimProjection;
import org.factline.claims.domain.ClaimRecord;
import org.factline.claims.domain.SourceFigures;
import org.factline.claims.domain.SourceProjection;
import org.factline.claims.domain.StoredCommit;
import org.factline.claims.domain.StoredSource;

/**
 * The claims and sources read models, applied commit by commit on the projector's thread. Sources
 * are saved before claims: an outlet skips a position it already has, and a claim not yet saved is
 * computed again from the same inputs, so a crash anywhere in between re-applies each change once.
 */
final class ProjectClaimsAndSources {

    private ProjectClaimsAndSources() {
    }

    static void apply(StoredCommit commit, ProjectionBatch batch) {
        long position = commit.position();
        List<ClaimRecord> before = batch.claimsOf(commit.factKey());
        List<ClaimRecord> after = ClaimProjection.applyCommit(before, commit.data(), position, batch::contradiction);
        for (Map.Entry<String, SourceFigures> change : SourceProjection.changes(before, after).entrySet()) {
            String outlet = change.getKey();
            StoredSource stored = batch.source(outlet);
            if (stored == null || stored.position() < position) {
                batch.save(new StoredSource(SourceProjection.apply(outlet, stored == null ? null : stored.view(),
                        change.getValue()), position));
            }
        }
        Map<String, ClaimRecord> old = new HashMap<>();
        before.forEach(r -> old.put(r.view().claimId(), r));
        List<ClaimRecord> changed = new ArrayList<>();
        for (ClaimRecord r : after) {
            if (!r.equals(old.get(r.view().claimId()))) {
                changed.add(r);
            }
        }
        batch.save(commit.factKey(), after, changed);
    }
}
