package org.factline.contracts.value;

import java.util.Objects;

/** One side of a contradiction: the claim, where it was said, and what it said. */
public record ClaimRef(String claimId, String articleId, String outlet, String quote, ClaimValue value,
                       TimeInterval referenceTime) {

    public ClaimRef {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(value, "value");
    }
}
