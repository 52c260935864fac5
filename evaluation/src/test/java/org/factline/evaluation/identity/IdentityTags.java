package org.factline.evaluation.identity;

import java.util.Set;

/** The tag vocabulary of {@code claims.tsv}; README "Fact identity set" defines each tag. */
public final class IdentityTags {

    /** Kinds of difficulty every split must contain. */
    public static final Set<String> REQUIRED_IN_EVERY_SPLIT = Set.of("hard-neg", "hard-pos", "running", "per-event",
            "period", "lower-bound", "paraphrase", "cross-outlet", "cross-week", "translation", "contradiction",
            "singleton");

    public static final Set<String> ALL = Set.of("hard-neg", "hard-pos", "running", "per-event", "period",
            "lower-bound", "paraphrase", "cross-outlet", "cross-week", "translation", "contradiction", "singleton");

    private IdentityTags() {
    }
}
