package org.factline.claims.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An outlet's reliability: the expected chance that a claim it makes is right, learned from how its
 * claims fared, in the spirit of TruthFinder (Yin, Han and Yu, 2008), where a source's
 * trustworthiness is the average confidence of its claims and a claim's confidence grows with the
 * trustworthiness of the independent sources that agree with it. Here, in one pass over counts:
 * a Beta prior worth {@value #PRIOR_WEIGHT} claims at {@value #PRIOR_MEAN} (TruthFinder also
 * starts sources at 0.9-ish trust: most reports are right), each corroborated claim is one right
 * outcome, each claim caught in a contradiction half a wrong one (one side of it is wrong, we do
 * not yet know which), and a verdict counts {@value #VERDICT_WEIGHT} outcomes: right when won,
 * wrong when lost. See docs/fact-model.md for a worked example.
 */
public final class Reliability {

    static final double PRIOR_MEAN = 0.8;
    static final double PRIOR_WEIGHT = 5.0;
    static final double VERDICT_WEIGHT = 2.0;
    static final double CONTRADICTION_WEIGHT = 0.5;

    /** The reliability of an outlet nothing is known about yet. */
    public static final double UNKNOWN = PRIOR_MEAN;

    private Reliability() {
    }

    public static double of(SourceFigures f) {
        double right = PRIOR_MEAN * PRIOR_WEIGHT + f.corroborated() + VERDICT_WEIGHT * f.verdictsWon();
        double wrong = (1 - PRIOR_MEAN) * PRIOR_WEIGHT + CONTRADICTION_WEIGHT * f.contradicted()
                + VERDICT_WEIGHT * f.verdictsLost();
        // Rounded, so the stored read model is the same bytes whatever order the sums were made in.
        return BigDecimal.valueOf(right / (right + wrong)).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * TruthFinder's confidence of a value asserted by independent sources of the given
     * reliabilities: the chance that not all of them are wrong, 1 - prod(1 - t).
     */
    public static double confidence(Iterable<Double> sourceReliabilities) {
        double allWrong = 1.0;
        for (double t : sourceReliabilities) {
            allWrong *= 1.0 - t;
        }
        return BigDecimal.valueOf(1.0 - allWrong).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}
