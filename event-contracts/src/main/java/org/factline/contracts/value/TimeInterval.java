package org.factline.contracts.value;

import java.time.Instant;
import java.util.Objects;

/**
 * A date or time as an interval with its precision. {@code start} is inclusive and {@code end}
 * exclusive; either may be null for an open side ("by November 11" has no start).
 *
 * @param timex     the TIMEX3 value ("2025-11-16", "2025-11", "2025-W47")
 * @param precision granularity the text gave
 * @param start     inclusive lower bound, or null when open
 * @param end       exclusive upper bound, or null when open
 */
public record TimeInterval(String timex, Precision precision, Instant start, Instant end) {

    public TimeInterval {
        Objects.requireNonNull(timex, "timex");
        Objects.requireNonNull(precision, "precision");
        if (start != null && end != null && !start.isBefore(end)) {
            throw new IllegalArgumentException("interval start " + start + " is not before end " + end);
        }
    }

    /** True when the two half-open intervals share an instant. */
    public boolean overlaps(TimeInterval other) {
        boolean endsBefore = end != null && other.start != null && !end.isAfter(other.start);
        boolean startsAfter = start != null && other.end != null && !start.isBefore(other.end);
        return !endsBefore && !startsAfter;
    }
}
