package org.factline.claims.domain;

/** Where a fact stands: one source, several that agree, an open disagreement. */
public enum FactStatus {
    SINGLE_SOURCE, CORROBORATED, CONTESTED;

    static FactStatus of(int outlets, int openContradictions) {
        return openContradictions > 0 ? CONTESTED : outlets >= 2 ? CORROBORATED : SINGLE_SOURCE;
    }
}
