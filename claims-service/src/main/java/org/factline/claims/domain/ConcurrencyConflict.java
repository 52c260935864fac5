package org.factline.claims.domain;

/** Another decision was stored for the same fact first; reload and decide again. */
public class ConcurrencyConflict extends RuntimeException {

    public ConcurrencyConflict(String factKey, long expectedVersion) {
        super("fact " + factKey + " moved past stream version " + expectedVersion);
    }
}
