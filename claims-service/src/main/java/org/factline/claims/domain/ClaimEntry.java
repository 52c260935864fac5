package org.factline.claims.domain;

import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.ClaimRef;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.TimeInterval;

/** A claim as a fact remembers it: enough to judge later claims against and to name it in a contradiction. */
public record ClaimEntry(String claimId, String articleId, String outlet, String quote, String subject, String predicate,
                         ClaimValue value, TimeInterval referenceTime) {

    public static ClaimEntry of(ClaimExtracted c) {
        return new ClaimEntry(c.claimId(), c.provenance().articleId(), c.provenance().outlet(), c.provenance().quote(),
                c.subject(), c.predicate(), c.value(), c.referenceTime());
    }

    public ClaimRef ref() {
        return new ClaimRef(claimId, articleId, outlet, quote, value, referenceTime);
    }
}
