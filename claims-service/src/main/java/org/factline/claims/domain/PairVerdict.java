package org.factline.claims.domain;

/** How a new claim stands towards one claim the fact already holds. */
public enum PairVerdict {
    /** Both can be true: their intervals overlap (at the same moment, or a running figure held steady). */
    AGREES,
    /** A running figure, reported for a later moment, strictly above the earlier claim: it moved on. */
    RISES,
    /** A running figure, reported for an earlier moment, strictly below the later claim: consistent history. */
    OLDER,
    /** A running figure that would have to shrink over time for both to be true. */
    DROPS,
    /** Same moment, intervals that share no value (or categories that differ). */
    CLASHES,
    /** Different kinds of value: nothing to compare. */
    UNRELATED;

    public boolean disagrees() {
        return this == DROPS || this == CLASHES;
    }
}
