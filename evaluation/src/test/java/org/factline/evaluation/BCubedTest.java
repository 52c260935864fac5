package org.factline.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

    private static final double EPS = 1e-9;

    /** gold: {a,b,c} in X, {d,e} in Y. */
    private static Map<String, String> gold() {
        Map<String, String> gold = new LinkedHashMap<>();
        gold.put("a", "X");
        gold.put("b", "X");
        gold.put("c", "X");
        gold.put("d", "Y");
        gold.put("e", "Y");
        return gold;
    }

    @Test
    void perfectClusteringScoresOne() {
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
        BCubed.Score score = BCubed.score(gold(), predicted);
        assertThat(score.precision()).isCloseTo(1.0, within(EPS));
        assertThat(score.recall()).isCloseTo(1.0, within(EPS));
        assertThat(score.f1()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void allInOneClusterHasFullRecallAndPrecisionOfCategoryShares() {
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1");
        BCubed.Score score = BCubed.score(gold(), predicted);
        // a,b,c: 3/5 each; d,e: 2/5 each -> (3*3/5 + 2*2/5)/5 = 13/25
        assertThat(score.precision()).isCloseTo(13.0 / 25, within(EPS));
        assertThat(score.recall()).isCloseTo(1.0, within(EPS));
        assertThat(score.f1()).isCloseTo(2 * (13.0 / 25) / (13.0 / 25 + 1), within(EPS));
    }

    @Test
    void allSingletonsHasFullPrecisionAndRecallOfInverseCategorySizes() {
        Map<String, String> predicted = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        BCubed.Score score = BCubed.score(gold(), predicted);
        // a,b,c: 1/3 each; d,e: 1/2 each -> (1 + 1)/5 = 2/5
        assertThat(score.precision()).isCloseTo(1.0, within(EPS));
        assertThat(score.recall()).isCloseTo(2.0 / 5, within(EPS));
        assertThat(score.f1()).isCloseTo(2 * 0.4 / 1.4, within(EPS));
    }

    @Test
    void emptyPredictionEqualsAllSingletons() {
        BCubed.Score score = BCubed.score(gold(), Map.of());
        assertThat(score.precision()).isCloseTo(1.0, within(EPS));
        assertThat(score.recall()).isCloseTo(2.0 / 5, within(EPS));
        assertThat(score.missingFromPrediction()).isEqualTo(5);
    }

    @Test
    void workedExampleWithOneWrongMerge() {
        // predicted {a,b} {c,d} {e}
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "3");
        BCubed.Score score = BCubed.score(gold(), predicted);
        // precision: a 1, b 1, c 1/2, d 1/2, e 1 -> 4/5
        // recall:    a 2/3, b 2/3, c 1/3, d 1/2, e 1/2 -> (2/3+2/3+1/3+1/2+1/2)/5 = (8/3)/5
        assertThat(score.precision()).isCloseTo(0.8, within(EPS));
        assertThat(score.recall()).isCloseTo(8.0 / 15, within(EPS));
        double p = 0.8;
        double r = 8.0 / 15;
        assertThat(score.f1()).isCloseTo(2 * p * r / (p + r), within(EPS));
    }

    @Test
    void itemsMissingFromPredictionAreSingletonsEvenIfOtherClusterIdsLookAlike() {
        // c and e are missing; a missing item must not join a predicted cluster whatever its id
        Map<String, String> predicted = new HashMap<>(Map.of("a", "1", "b", "1", "d", "e"));
        BCubed.Score score = BCubed.score(gold(), predicted);
        // clusters {a,b} {d} {c} {e}: precision all 1; recall a,b 2/3, c 1/3, d 1/2, e 1/2
        assertThat(score.precision()).isCloseTo(1.0, within(EPS));
        assertThat(score.recall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 0.5 + 0.5) / 5, within(EPS));
        assertThat(score.missingFromPrediction()).isEqualTo(2);
    }

    @Test
    void predictedItemsOutsideTheGoldAreIgnoredAndCounted() {
        Map<String, String> predicted = new HashMap<>(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2"));
        predicted.put("zz", "1");
        BCubed.Score score = BCubed.score(gold(), predicted);
        assertThat(score.f1()).isCloseTo(1.0, within(EPS));
        assertThat(score.ignoredPredictions()).isEqualTo(1);
    }

    @Test
    void noGoldItemsIsAnError() {
        assertThatThrownBy(() -> BCubed.score(Map.of(), Map.of("a", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
