package org.factline.contracts.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a figure measures, without what it belongs to: {@code predicate:thing}, lower case, e.g.
 * {@code deaths:person}, {@code count:warship}, {@code amount:reward}. Claims with the same measure
 * are candidates for the same fact; which fact is decided by their anchors (claims-service). It
 * is the Kafka key of claim events, so every claim of one measure is resolved in order.
 */
public record MeasureKey(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]*:[a-z0-9][a-z0-9-]*");

    @JsonCreator
    public MeasureKey {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a measure must look like predicate:thing-slug, got: " + value);
        }
    }

    public static MeasureKey of(String predicate, String thingSlug) {
        return new MeasureKey(predicate + ":" + thingSlug);
    }

    public String predicate() {
        return value.substring(0, value.indexOf(':'));
    }

    /** The measured thing's slug ({@code person} in {@code deaths:person}). */
    public String thing() {
        return value.substring(value.indexOf(':') + 1);
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
