package org.factline.claims.domain;

/**
 * Where a fact stands: one source; several independent sources that agree; an open disagreement;
 * disagreements that reviewers have all settled; or no claim left that counts (all withdrawn).
 */
public enum FactStatus {
    SINGLE_SOURCE, CORROBORATED, CONTESTED, RESOLVED, WITHDRAWN;

    static FactStatus of(int outlets, int openContradictions, int resolvedContradictions) {
        if (outlets == 0) {
            return WITHDRAWN;
        }
        if (openContradictions > 0) {
            return CONTESTED;
        }
        if (resolvedContradictions > 0) {
            return RESOLVED;
        }
        return outlets >= 2 ? CORROBORATED : SINGLE_SOURCE;
    }
}
