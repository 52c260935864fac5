package org.factline.contracts.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one fact: its measure ({@link MeasureKey}, what is measured) and, after {@code @}, the
 * anchor that says what the figure belongs to, e.g. {@code deaths:person@boat-strikes} or
 * {@code count:troop@venezuela}. Keys written before anchors existed ({@code count:boat-strike})
 * stay valid and have no anchor. It is the Kafka key of fact events.
 */
public record FactKey(String value) {

    private static final Pattern FORM =
            Pattern.compile("[a-z][a-z0-9_]*:[a-z0-9][a-z0-9-]*(@[a-z0-9][a-z0-9-]*)?");

    @JsonCreator
    public FactKey {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("fact key must look like predicate:thing-slug[@anchor-slug], got: " + value);
        }
    }

    public static FactKey of(String predicate, String subjectSlug) {
        return new FactKey(predicate + ":" + subjectSlug);
    }

    /** The fact of {@code measure} anchored at {@code anchorSlug}; without an anchor when it is null. */
    public static FactKey of(MeasureKey measure, String anchorSlug) {
        return new FactKey(anchorSlug == null ? measure.value() : measure.value() + "@" + anchorSlug);
    }

    public String predicate() {
        return value.substring(0, value.indexOf(':'));
    }

    public MeasureKey measure() {
        int at = value.indexOf('@');
        return new MeasureKey(at < 0 ? value : value.substring(0, at));
    }

    /** The anchor slug, or null for a key without one. */
    public String anchor() {
        int at = value.indexOf('@');
        return at < 0 ? null : value.substring(at + 1);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
