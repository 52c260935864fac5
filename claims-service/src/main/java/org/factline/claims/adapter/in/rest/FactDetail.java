package org.factline.claims.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.factline.claims.application.ReadFactDetail;
import org.factline.claims.domain.FactTimeline;

/**
 * {@code GET /internal/v1/facts/{key}/detail}: the current fact as {@code GET /{key}} answers it
 * ({@link RankedFact}), plus {@code versions} and {@code claims} as their own endpoints answer them.
 */
public record FactDetail(@JsonUnwrapped RankedFact fact, List<FactTimeline.VersionEntry> versions, List<FactClaim> claims) {

    static FactDetail of(ReadFactDetail.Detail d) {
        return new FactDetail(new RankedFact(d.view(), d.rankedValues()), d.versions(), FactClaim.ofAll(d.claims()));
    }
}
