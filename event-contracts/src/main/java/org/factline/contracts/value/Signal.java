package org.factline.contracts.value;

import java.util.Objects;

/**
 * One piece of evidence behind a decision (a story assignment, a claim joining a fact): its
 * {@code name} (a stable id such as {@code anchor.entity}, {@code story.same}), its contribution
 * {@code weight} to the score, and a human-readable {@code detail}.
 */
public record Signal(String name, double weight, String detail) {

    public Signal {
        Objects.requireNonNull(name, "name");
        if (Double.isNaN(weight) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("a signal weight must be a finite number");
        }
    }
}
