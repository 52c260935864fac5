package org.factline.claims.domain;

/**
 * A claim in the claims read model with what the sources read model is summed from: whether an
 * independent source backed it ({@code corroborated}), whether it was a side of a contradiction,
 * and the verdicts it won and lost. {@code arrival} is the position of the commit that recorded
 * it (claims of a fact are listed in that order), {@code position} the last commit applied to it.
 */
public record ClaimRecord(ClaimView view, boolean corroborated, boolean contradicted, int verdictsWon, int verdictsLost,
                          long arrival, long position) {

    public String outlet() {
        return view.provenance().outlet();
    }

    /** What this claim adds to its outlet's figures: nothing once it was withdrawn. */
    public SourceFigures figures() {
        if (!view.counts()) {
            return SourceFigures.NONE;
        }
        return new SourceFigures(1, corroborated ? 1 : 0, contradicted ? 1 : 0, verdictsWon, verdictsLost);
    }

    ClaimRecord with(ClaimView nextView, boolean nextCorroborated, boolean nextContradicted, int won, int lost, long at) {
        return new ClaimRecord(nextView, nextCorroborated, nextContradicted, won, lost, arrival, at);
    }
}
