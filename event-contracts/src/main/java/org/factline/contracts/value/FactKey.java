package org.factline.contracts.value;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one fact: claims with the same key are about the same thing. The form is
 * {@code predicate:subject-slug}, lower case, e.g. {@code count:boat-strike} or
 * {@code deaths:boat-strike}. It is the Kafka key of claim and fact events.
 */
public record FactKey(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]*:[a-z0-9][a-z0-9-]*");

    @JsonCreator
    public FactKey {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("fact key must look like predicate:subject-slug, got: " + value);
        }
    }

    public static FactKey of(String predicate, String subjectSlug) {
        return new FactKey(predicate + ":" + subjectSlug);
    }

    public String predicate() {
        return value.substring(0, value.indexOf(':'));
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
