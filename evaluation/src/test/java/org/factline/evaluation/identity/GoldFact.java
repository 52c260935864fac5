package org.factline.evaluation.identity;

import java.util.Objects;

/**
 * A gold fact. {@code contradiction} is true when the set deliberately holds a real disagreement
 * about it (the two claims are named in {@code notes}).
 */
public record GoldFact(String fact, String description, FactBehaviour behaviour, boolean contradiction,
                       String notes) {

    public GoldFact {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(notes, "notes");
    }
}
