package org.factline.claims.domain;

/** A verdict the fact cannot accept; {@link Reason} says why, so adapters can answer precisely. */
public class VerdictRejected extends RuntimeException {

    public enum Reason {
        /** The fact has no contradiction with this id. */
        UNKNOWN_CONTRADICTION,
        /** The contradiction was already closed by an earlier verdict. */
        ALREADY_RESOLVED,
        /** The verdict itself is malformed (no reviewer, a claim that is not one of the two sides, ...). */
        INVALID
    }

    private final Reason reason;

    public VerdictRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
