package org.factline.contracts.value;

import java.util.Objects;

/**
 * One thing a figure belongs to, read from the claim's sentence: {@code text} as written,
 * {@code key} normalised (lower case, slug, aliases folded) so that different wordings compare equal.
 */
public record Anchor(AnchorKind kind, String text, String key) {

    public Anchor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("an anchor key must not be blank");
        }
    }
}
