package org.factline.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.contracts.value.NearDuplicate;

/**
 * In-memory LSH index of article signatures: finds the most similar earlier article above a
 * threshold without comparing against every article. Rebuilt from the store at start-up;
 * it describes the articles of one ingest-service instance.
 */
public final class NearDuplicateIndex {

    private final double threshold;
    private final Map<Long, List<String>> buckets = new HashMap<>();
    private final Map<String, int[]> signatures = new HashMap<>();

    public NearDuplicateIndex(double threshold) {
        this.threshold = threshold;
    }

    public synchronized void add(String articleId, int[] signature) {
        if (signatures.putIfAbsent(articleId, signature) != null) {
            return;
        }
        for (long band : MinHash.bands(signature)) {
            buckets.computeIfAbsent(band, k -> new ArrayList<>(1)).add(articleId);
        }
    }

    /** The best match at or above the threshold, oldest first among equals. */
    public synchronized Optional<NearDuplicate> originalOf(int[] signature) {
        String best = null;
        double bestScore = threshold;
        for (long band : MinHash.bands(signature)) {
            for (String candidate : buckets.getOrDefault(band, List.of())) {
                double score = MinHash.similarity(signature, signatures.get(candidate));
                if (score > bestScore || (score == bestScore && best == null)) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new NearDuplicate(best, Math.round(bestScore * 1000) / 1000.0));
    }

    public synchronized int size() {
        return signatures.size();
    }
}
