package org.factline.contracts.value;

import java.util.Objects;

/** Links an article to the earlier one it is a near copy of (a syndicated wire story, a reprint). */
public record NearDuplicate(String originalArticleId, double similarity) {

    public NearDuplicate {
        Objects.requireNonNull(originalArticleId, "originalArticleId");
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity must be within [0, 1], got " + similarity);
        }
    }
}
