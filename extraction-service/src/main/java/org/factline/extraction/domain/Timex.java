package org.factline.extraction.domain;

import org.factline.contracts.value.TimeInterval;

/**
 * A temporal expression found in text, TIMEX3-style. {@code start}/{@code end} are Java string
 * offsets of the expression itself (a modifier like "by" is not part of it). {@code value} is the
 * TIMEX3 value, with X for what the text and the document date cannot fix ("XXXX-11-11").
 * {@code interval} is the time the expression denotes (null when unresolved or not a date);
 * {@code bounded} is that interval after the modifier ("by November 11": open start).
 */
public record Timex(int start, int end, String text, String type, String value, TimeInterval interval,
                    Bound bound, TimeInterval bounded, String ruleId) {

    /** How a preceding word bounds the date. */
    public enum Bound {
        NONE, UPPER, BEFORE, SINCE, AFTER
    }

    public boolean isResolvedDate() {
        return type.equals("DATE") && interval != null;
    }
}
