package org.factline.claims.domain;

/** The counts an outlet's reliability is learned from; also a difference between two such counts. */
public record SourceFigures(int claims, int corroborated, int contradicted, int verdictsWon, int verdictsLost) {

    public static final SourceFigures NONE = new SourceFigures(0, 0, 0, 0, 0);

    public SourceFigures plus(SourceFigures o) {
        return new SourceFigures(claims + o.claims, corroborated + o.corroborated, contradicted + o.contradicted,
                verdictsWon + o.verdictsWon, verdictsLost + o.verdictsLost);
    }

    public SourceFigures minus(SourceFigures o) {
        return new SourceFigures(claims - o.claims, corroborated - o.corroborated, contradicted - o.contradicted,
                verdictsWon - o.verdictsWon, verdictsLost - o.verdictsLost);
    }

    public boolean isZero() {
        return equals(NONE);
    }
}
