package org.factline.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.claims.domain.ClaimRecord;
import org.factline.claims.domain.ClaimViews;
import org.factline.claims.domain.Reliability;
import org.factline.claims.domain.SourceView;
import org.factline.claims.domain.SourceViews;
import org.factline.claims.domain.ValueRanking;

/** The values a fact's claims compete with, ranked by the current reliability of the sources behind each. */
@ApplicationScoped
public class RankFactValues {

    private final ClaimViews claims;
    private final SourceViews sources;

    RankFactValues(ClaimViews claims, SourceViews sources) {
        this.claims = claims;
        this.sources = sources;
    }

    public List<ValueRanking.RankedValue> rank(String factKey) {
        return rank(claims.ofFact(factKey));
    }

    /** Ranks claims already read (the fact detail reads them once for both the ranking and the list). */
    public List<ValueRanking.RankedValue> rank(List<ClaimRecord> factClaims) {
        Map<String, Double> reliability = new HashMap<>();
        return ValueRanking.rank(factClaims.stream().map(ClaimRecord::view).toList(),
                outlet -> reliability.computeIfAbsent(outlet,
                        o -> sources.find(o).map(SourceView::reliability).orElse(Reliability.UNKNOWN)));
    }
}
