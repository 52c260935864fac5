package org.factline.claims.adapter.in.rest;

import java.util.List;
import org.factline.claims.domain.ClaimRecord;
import org.factline.claims.domain.ClaimView;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.TimeInterval;

/** One claim of a fact as {@code GET /internal/v1/facts/{factKey}/claims} shows it: what was said, where and by whom. */
public record FactClaim(String claimId, String outlet, String articleId, String url, String quote, ClaimValue value,
                        TimeInterval referenceTime, Attribution attribution, String status) {

    static FactClaim of(ClaimView claim) {
        return new FactClaim(claim.claimId(), claim.provenance().outlet(), claim.provenance().articleId(),
                claim.provenance().url(), claim.provenance().quote(), claim.value(), claim.referenceTime(), claim.attribution(),
                claim.status());
    }

    /** A fact's claims, in the order given. */
    static List<FactClaim> ofAll(List<ClaimRecord> records) {
        return records.stream().map(r -> of(r.view())).toList();
    }
}
