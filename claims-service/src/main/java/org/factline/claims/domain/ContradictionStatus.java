package org.factline.claims.domain;

/** The lifecycle of a contradiction: open until a verdict (or a superseding change) closes it. */
public enum ContradictionStatus {
    OPEN, RESOLVED
}
