package org.factline.claims.domain;

/**
 * The lifecycle of a contradiction: open until a reviewer's verdict resolves it, or until one of
 * its claims is withdrawn (article retracted, extractor version superseded), which supersedes it.
 */
public enum ContradictionStatus {
    OPEN, RESOLVED, SUPERSEDED
}
