package org.factline.evaluation.quantities;

import java.util.Objects;

/**
 * One gold mention of the quantity/date set (issue 10). A negative row (a sentence with no
 * quantity) has surface, value, unit and qualifier {@code -}.
 *
 * @param category 1 to 5, numbered as in issue 10 "What was missed"
 * @param value    the normalised value, see {@link GoldValue}
 * @param unit     singular lower-case counted noun, ISO 4217 code, {@code percent}, a unit id, or
 *                 {@code -} for dates and durations
 * @param dct      document creation date (ISO date) or empty for an undated document
 */
public record QuantityMention(String id, String language, int category, String sentence, String surface,
                              GoldValue value, String unit, String qualifier, String dct, String notes) {

    public static final String NONE = "-";

    public QuantityMention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(dct, "dct");
        Objects.requireNonNull(notes, "notes");
        if (category < 1 || category > 5) {
            throw new IllegalArgumentException(id + ": category must be 1..5: " + category);
        }
    }

    /** A sentence with no quantity: any extraction from it is a false positive. */
    public boolean negative() {
        return surface.equals(NONE);
    }

    /** A date or duration (TIMEX3 value) rather than a number with a unit. */
    public boolean temporal() {
        return value instanceof GoldValue.Timex || value instanceof GoldValue.TimexRange;
    }
}
