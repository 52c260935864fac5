package org.factline.claims.domain;

/**
 * The sources read model: one outlet's record (the contract of {@code GET /internal/v1/sources}).
 * {@code reliability} is learned from the counts by {@link Reliability}.
 */
public record SourceView(String outlet, int claims, int corroborated, int contradicted, int verdictsWon, int verdictsLost,
                         double reliability) {

    public static SourceView of(String outlet, SourceFigures f) {
        return new SourceView(outlet, f.claims(), f.corroborated(), f.contradicted(), f.verdictsWon(), f.verdictsLost(),
                Reliability.of(f));
    }

    public SourceFigures figures() {
        return new SourceFigures(claims, corroborated, contradicted, verdictsWon, verdictsLost);
    }
}
