package org.factline.claims.domain;

import org.factline.contracts.value.TimeInterval;

/**
 * Where one reference time lies relative to another. A missing reference time, or two that
 * overlap ("November" and "November 16"), count as the same moment: nothing says they differ.
 */
public enum Moment {
    EARLIER, SAME, LATER;

    /** Where {@code incoming} lies relative to {@code existing}. */
    public static Moment of(TimeInterval incoming, TimeInterval existing) {
        if (incoming == null || existing == null || incoming.overlaps(existing)) {
            return SAME;
        }
        boolean after = existing.end() != null && incoming.start() != null && !existing.end().isAfter(incoming.start());
        return after ? LATER : EARLIER;
    }
}
