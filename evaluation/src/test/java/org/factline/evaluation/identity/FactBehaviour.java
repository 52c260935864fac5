package org.factline.evaluation.identity;

import java.util.Locale;

/**
 * How a gold fact's true value behaves: SINGLE has one true value; RUNNING is a total that grows
 * over time (76, then 80, then 83 are versions, not a contradiction); PERIODIC is one period of a
 * series (a quarter's revenue), whose other periods are other facts.
 */
public enum FactBehaviour {
    SINGLE, RUNNING, PERIODIC;

    public static FactBehaviour parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
