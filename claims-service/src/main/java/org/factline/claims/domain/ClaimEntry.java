package org.factline.claims.domain;

import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.ClaimRef;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.TimeInterval;

/**
 * A claim as a fact remembers it: enough to judge later claims against, to name it in a
 * contradiction, to count its source once ({@code copyOf}: the original article when this one is
 * a syndicated copy) and to withdraw it (article, extractor version, standing).
 */
public record ClaimEntry(String claimId, String articleId, String outlet, String quote, String subject, String predicate,
                         ClaimValue value, TimeInterval referenceTime, String extractorVersion, String copyOf,
                         ClaimStanding standing) {

    public static ClaimEntry of(ClaimExtracted c) {
        return new ClaimEntry(c.claimId(), c.provenance().articleId(), c.provenance().outlet(), c.provenance().quote(),
                c.subject(), c.predicate(), c.value(), c.referenceTime(), c.provenance().extractorVersion(),
                c.provenance().copyOf(), ClaimStanding.ACTIVE);
    }

    public boolean active() {
        return standing == ClaimStanding.ACTIVE;
    }

    public ClaimRef ref() {
        return new ClaimRef(claimId, articleId, outlet, quote, value, referenceTime);
    }

    ClaimEntry withStanding(ClaimStanding next) {
        return new ClaimEntry(claimId, articleId, outlet, quote, subject, predicate, value, referenceTime, extractorVersion,
                copyOf, next);
    }
}
