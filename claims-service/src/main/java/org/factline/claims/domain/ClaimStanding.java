package org.factline.claims.domain;

import java.util.Locale;

/** Whether a claim still counts towards its fact, and if not, why. */
public enum ClaimStanding {
    ACTIVE, RETRACTED, SUPERSEDED;

    /** The lower-case name used in read models and the REST API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
