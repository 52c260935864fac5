package org.factline.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed precision, recall and F1 of a predicted clustering against a gold clustering
 * (Amigó, Gonzalo, Artiles and Verdejo 2009, "A comparison of extrinsic clustering evaluation
 * metrics based on formal constraints", Information Retrieval 12(4)).
 *
 * <p>For every gold item e: precision(e) is the share of the items in e's predicted cluster that
 * share e's gold category; recall(e) is the share of the items in e's gold category that share
 * e's predicted cluster. Both are averaged over all gold items and F1 is their harmonic mean
 * (Amigó's F with alpha 0.5). The score is over the gold items only: a gold item the prediction
 * does not mention is its own singleton cluster (a claim that was never extracted, or stayed
 * unmatched, is alone); predicted items absent from the gold are not scored and are counted in
 * {@link Score#ignoredPredictions()} so a report can show them.
 *
 * <p>Computed from the cluster/category contingency counts, so it costs O(n) for n items.
 */
public final class BCubed {

    private BCubed() {
    }

    /** Scores and the sizes they came from. */
    public record Score(double precision, double recall, double f1, int items, int missingFromPrediction,
                        int ignoredPredictions) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "P=%.4f R=%.4f F1=%.4f (items %d, missing %d, ignored %d)",
                    precision, recall, f1, items, missingFromPrediction, ignoredPredictions);
        }
    }

    /**
     * @param gold      every gold item with its gold category (fact id, story id)
     * @param predicted predicted cluster per item; items missing here are singletons
     * @param <T>       item identity (claim key, article id)
     */
    public static <T, G, P> Score score(Map<T, G> gold, Map<T, P> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no gold items to score");
        }
        Map<Object, Integer> clusterSize = new HashMap<>();
        Map<Object, Integer> categorySize = new HashMap<>();
        Map<List<Object>, Integer> overlap = new HashMap<>();
        int missing = 0;
        for (Map.Entry<T, G> entry : gold.entrySet()) {
            G category = Objects.requireNonNull(entry.getValue(), () -> "gold category of " + entry.getKey());
            P cluster = predicted.get(entry.getKey());
            Object clusterKey;
            if (cluster == null) {
                missing++;
                clusterKey = new Singleton(entry.getKey());
            } else {
                clusterKey = new Predicted(cluster);
            }
            clusterSize.merge(clusterKey, 1, Integer::sum);
            categorySize.merge(category, 1, Integer::sum);
            overlap.merge(List.of(clusterKey, category), 1, Integer::sum);
        }
        double precisionSum = 0;
        double recallSum = 0;
        for (Map.Entry<List<Object>, Integer> cell : overlap.entrySet()) {
            // every item in this cell has precision n/|cluster| and recall n/|category|
            double n = cell.getValue();
            precisionSum += n * n / clusterSize.get(cell.getKey().get(0));
            recallSum += n * n / categorySize.get(cell.getKey().get(1));
        }
        int items = gold.size();
        double precision = precisionSum / items;
        double recall = recallSum / items;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int ignored = (int) predicted.keySet().stream().filter(k -> !gold.containsKey(k)).count();
        return new Score(precision, recall, f1, items, missing, ignored);
    }

    /** A gold item the prediction left out: a cluster of its own, never equal to a predicted cluster. */
    private record Singleton(Object item) {
    }

    /** Wraps predicted cluster ids so they never collide with a {@link Singleton}. */
    private record Predicted(Object cluster) {
    }
}
