package org.factline.evaluation.identity;

import java.util.Locale;

/** What a gold claim states: a number with a unit, or a date. */
public enum ClaimKind {
    QUANTITY, DATE;

    public static ClaimKind parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
