package org.factline.claims.domain;

import java.time.Instant;

/**
 * What a fact search filters by; every field is optional (null). {@code outlet}: facts holding a
 * claim from that outlet. {@code referenceFrom}/{@code referenceTo}: facts whose reference time
 * overlaps the half-open range [from, to); a fact without a reference time matches no range.
 */
public record FactQuery(String predicate, String subjectContains, FactStatus status, String outlet, Instant referenceFrom,
                        Instant referenceTo) {

    public FactQuery {
        if (referenceFrom != null && referenceTo != null && !referenceFrom.isBefore(referenceTo)) {
            throw new IllegalArgumentException("the reference range start " + referenceFrom + " is not before its end " + referenceTo);
        }
    }

    public boolean hasReferenceRange() {
        return referenceFrom != null || referenceTo != null;
    }
}
