package org.factline.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.factline.claims.domain.ClaimRecord;
import org.factline.claims.domain.ClaimViews;
import org.factline.claims.domain.FactTimeline;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.FactViews;
import org.factline.claims.domain.ValueRanking;
import org.factline.contracts.value.FactKey;

/**
 * Everything the public fact page shows, read in one request: the current view, its ranked values,
 * every version and every claim. The gateway used to ask for these in three calls, which read the
 * fact view and the fact's claims twice; here each is read once.
 */
@ApplicationScoped
public class ReadFactDetail {

    /** The current fact with its ranking, versions (oldest first) and claims (arrival order). */
    public record Detail(FactView view, List<ValueRanking.RankedValue> rankedValues,
                         List<FactTimeline.VersionEntry> versions, List<ClaimRecord> claims) {
    }

    private final FactViews views;
    private final ClaimViews claims;
    private final RankFactValues ranking;
    private final FactHistory history;

    ReadFactDetail(FactViews views, ClaimViews claims, RankFactValues ranking, FactHistory history) {
        this.views = views;
        this.claims = claims;
        this.ranking = ranking;
        this.history = history;
    }

    /** Empty for an unknown fact. */
    public Optional<Detail> read(FactKey key) {
        return views.find(key.value()).map(view -> {
            List<ClaimRecord> factClaims = claims.ofFact(key.value());
            return new Detail(view, ranking.rank(factClaims), history.versions(key), factClaims);
        });
    }
}
