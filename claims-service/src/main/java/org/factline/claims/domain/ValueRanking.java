package org.factline.claims.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.factline.contracts.value.ClaimValue;

/**
 * Ranks the values a fact's standing claims assert by TruthFinder's confidence: a value asserted by
 * independent sources of reliability t1..tn is right unless all of them are wrong, 1 - prod(1 - ti).
 * Claims stating the same value join; copies add nothing (one source).
 */
public final class ValueRanking {

    /** One competing value, with the sources and claims behind it. */
    public record RankedValue(ClaimValue value, double confidence, List<String> sources, List<String> claimIds) {
    }

    private ValueRanking() {
    }

    public static List<RankedValue> rank(List<ClaimView> claims, ToDoubleFunction<String> reliability) {
        List<ClaimEntry> standing = claims.stream().filter(ClaimView::counts).map(ClaimView::entry).toList();
        Map<String, String> sources = IndependentSources.byClaim(standing);
        Map<ClaimValue, Set<String>> sourcesByValue = new LinkedHashMap<>();
        Map<ClaimValue, List<String>> claimsByValue = new LinkedHashMap<>();
        for (ClaimEntry c : standing) {
            sourcesByValue.computeIfAbsent(c.value(), v -> new LinkedHashSet<>()).add(sources.get(c.claimId()));
            claimsByValue.computeIfAbsent(c.value(), v -> new ArrayList<>()).add(c.claimId());
        }
        List<RankedValue> ranked = new ArrayList<>();
        sourcesByValue.forEach((value, outlets) -> ranked.add(new RankedValue(value,
                Reliability.confidence(outlets.stream().map(reliability::applyAsDouble).toList()), List.copyOf(outlets),
                claimsByValue.get(value))));
        // Stable: equal confidence keeps the order the values were first claimed in.
        ranked.sort(Comparator.comparingDouble(RankedValue::confidence).reversed());
        return ranked;
    }
}
