package org.factline.claims.domain;

/**
 * Where a fact stands: one source; several that agree; an open disagreement; or disagreements
 * that reviewers have all settled.
 */
public enum FactStatus {
    SINGLE_SOURCE, CORROBORATED, CONTESTED, RESOLVED;

    static FactStatus of(int outlets, int openContradictions, int resolvedContradictions) {
        if (openContradictions > 0) {
            return CONTESTED;
        }
        if (resolvedContradictions > 0) {
            return RESOLVED;
        }
        return outlets >= 2 ? CORROBORATED : SINGLE_SOURCE;
    }
}
