package org.factline.claims.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.factline.claims.application.ReadFactDetail;
import org.factline.claims.domain.FactTimeline;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.ValueRanking;

/**
 * {@code GET /internal/v1/facts/{key}/detail}: the current fact's own fields and rankedValues (as
 * {@link RankedFact}), plus {@code versions} and {@code claims} as their own endpoints answer them.
 */
public record FactDetail(@JsonUnwrapped FactView fact, List<ValueRanking.RankedValue> rankedValues,
                         List<FactTimeline.VersionEntry> versions, List<FactClaim> claims) {

    static FactDetail of(ReadFactDetail.Detail d) {
        return new FactDetail(d.view(), d.rankedValues(), d.versions(),
                d.claims().stream().map(r -> FactClaim.of(r.view())).toList());
    }
}
