package org.factline.claims.domain;

import java.util.Locale;
import java.util.Set;
import org.factline.contracts.value.ValueKind;

/**
 * Which facts are running figures: totals that only grow as time passes (a death toll, a count of
 * strikes "so far"). For them a later, larger value is news rather than disagreement, and a later,
 * smaller value is either a stale repeat or a contradiction. Every other fact is treated as one
 * value that does not change with the date of the report.
 */
public final class RunningFigures {

    /** Predicates the extractor emits for cumulative counts. */
    private static final Set<String> RUNNING_PREDICATES = Set.of("deaths", "count", "injuries", "casualties", "arrests",
            "strikes", "cases");

    /** Wording that marks a number as a tally up to now, whatever the predicate. */
    private static final Set<String> RUNNING_CUES = Set.of("so far", "to date", "thus far", "death toll", "tally");

    private RunningFigures() {
    }

    public static boolean isRunning(FactState state, ClaimEntry incoming) {
        if (incoming.value().kind() != ValueKind.QUANTITY) {
            return false;
        }
        String predicate = state.predicate() != null ? state.predicate() : state.key().predicate();
        if (RUNNING_PREDICATES.contains(predicate)) {
            return true;
        }
        return hasCue(incoming.quote()) || state.activeClaims().stream().anyMatch(c -> hasCue(c.quote()));
    }

    private static boolean hasCue(String quote) {
        if (quote == null) {
            return false;
        }
        String lower = quote.toLowerCase(Locale.ROOT);
        return RUNNING_CUES.stream().anyMatch(lower::contains);
    }
}
