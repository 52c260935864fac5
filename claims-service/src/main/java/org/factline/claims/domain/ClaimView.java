package org.factline.claims.domain;

import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.TimeInterval;

/**
 * One claim as the claims read model shows it (the contract of
 * {@code GET /internal/v1/articles/{articleId}/claims}). {@code status}: {@code active},
 * {@code stale} (a repeated older running figure), {@code retracted} or {@code superseded}.
 */
public record ClaimView(String claimId, String factKey, String subject, String predicate, ClaimValue value,
                        TimeInterval referenceTime, Attribution attribution, Provenance provenance, String status) {

    public static final String ACTIVE = "active";
    public static final String STALE = "stale";

    ClaimView withStatus(String next) {
        return new ClaimView(claimId, factKey, subject, predicate, value, referenceTime, attribution, provenance, next);
    }

    /** Active and stale claims were said and stand; withdrawn ones no longer count anywhere. */
    public boolean counts() {
        return ACTIVE.equals(status) || STALE.equals(status);
    }

    /** The claim as a fact would judge it. */
    ClaimEntry entry() {
        return new ClaimEntry(claimId, provenance.articleId(), provenance.outlet(), provenance.quote(), subject, predicate,
                value, referenceTime, provenance.extractorVersion(), provenance.copyOf(),
                counts() ? ClaimStanding.ACTIVE : ClaimStanding.RETRACTED);
    }
}
