package org.factline.evaluation.identity;

import java.util.Objects;
import java.util.Set;

/**
 * A claim a careful reader lists, located by its surface: the {@code occurrence}-th (1-based)
 * exact occurrence of {@code surface} in the article's text. Claims with the same {@code fact}
 * are one real-world fact.
 */
public record GoldClaim(String articleId, String surface, int occurrence, String fact, ClaimKind kind,
                        Set<String> tags) {

    public GoldClaim {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(kind, "kind");
        tags = Set.copyOf(tags);
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence must be >= 1: " + occurrence);
        }
    }

    /** Stable item key for scoring: article, surface and occurrence. */
    public String key() {
        return articleId + "|" + surface + "|" + occurrence;
    }

    public boolean tagged(String tag) {
        return tags.contains(tag);
    }
}
