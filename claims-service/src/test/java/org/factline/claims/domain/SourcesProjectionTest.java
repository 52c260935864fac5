package org.factline.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.claims.domain.FactScenario.NOW;
import static org.factline.claims.domain.FactScenario.copyOf;
import static org.factline.claims.domain.FactScenario.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.FactKey;
import org.junit.jupiter.api.Test;

/** Given decided commits / when projected / then claims and sources figures, reliability and ranking. */
class SourcesProjectionTest {

    private static final String TOLL = "deaths:person";

    /** Decides commands one by one on a fact and projects every commit into claims and sources, like the projector. */
    private static final class Projected {
        FactState state = FactState.empty(new FactKey(TOLL));
        List<ClaimRecord> claims = new ArrayList<>();
        final Map<String, SourceView> sources = new HashMap<>();
        final Map<String, ContradictionView> contradictions = new HashMap<>();
        long position;

        Projected then(FactCommand command) {
            List<FactlineEvent> events = FactDecider.decide(state, command, NOW);
            state = FactEvolver.evolveCommit(state, events);
            apply(events, ++position);
            return this;
        }

        void apply(List<FactlineEvent> events, long at) {
            for (FactlineEvent e : events) {
                if (e instanceof ContradictionDetected d) {
                    contradictions.put(d.contradictionId(), new ContradictionView(d.contradictionId(), TOLL, null, null,
                            ContradictionStatus.OPEN, d.existing(), d.incoming(), d.severity(), NOW, null, null, null, null,
                            null, at));
                }
            }
            List<ClaimRecord> after = ClaimProjection.applyCommit(claims, events, at, contradictions::get);
            SourceProjection.changes(claims, after).forEach((outlet, change) ->
                    sources.put(outlet, SourceProjection.apply(outlet, sources.get(outlet), change)));
            claims = after;
        }

        Projected attach(org.factline.contracts.event.ClaimExtracted c) {
            return then(new FactCommand.AttachClaim(c));
        }

        SourceView source(String outlet) {
            return sources.get(outlet);
        }
    }

    @Test
    void agreeing_independent_outlets_are_both_corroborated_and_a_clash_marks_both_sides() {
        Projected p = new Projected().attach(exact(TOLL, "a", "one", "2025-11-15", "83"))
                .attach(exact(TOLL, "b", "two", "2025-11-15", "83")).attach(exact(TOLL, "c", "three", "2025-11-15", "40"));
        assertThat(p.source("one")).isEqualTo(new SourceView("one", 1, 1, 1, 0, 0, 0.7692));
        assertThat(p.source("two")).isEqualTo(new SourceView("two", 1, 1, 0, 0, 0, 0.8333));
        assertThat(p.source("three")).isEqualTo(new SourceView("three", 1, 0, 1, 0, 0, 0.7273));
    }

    @Test
    void a_verdict_moves_reliability_towards_the_winner() {
        Projected p = new Projected().attach(exact(TOLL, "a", "one", "2025-11-15", "83"))
                .attach(exact(TOLL, "c", "three", "2025-11-15", "40"))
                .then(new FactCommand.RecordVerdict("c-deaths:person-c", "a", false, "desk", null));
        assertThat(p.source("one").verdictsWon()).isEqualTo(1);
        assertThat(p.source("one").reliability()).isEqualTo(0.8); // (4 + 2) / (4 + 2 + 1 + 0.5): was 0.7273 before
        assertThat(p.source("three").verdictsLost()).isEqualTo(1);
        assertThat(p.source("three").reliability()).isEqualTo(0.5333);
    }

    @Test
    void a_copy_never_earns_or_gives_a_corroboration() {
        Projected p = new Projected().attach(exact(TOLL, "a", "wire", "2025-11-15", "83"))
                .attach(copyOf(exact(TOLL, "b", "reprint", "2025-11-15", "83"), "art-b", "art-a"));
        assertThat(p.source("wire").corroborated()).isZero();
        assertThat(p.source("reprint")).isEqualTo(new SourceView("reprint", 1, 0, 0, 0, 0, 0.8));
    }

    @Test
    void withdrawn_claims_leave_their_outlets_figures_and_corroboration_is_judged_again() {
        Projected p = new Projected().attach(exact(TOLL, "a", "one", "2025-11-15", "83"))
                .attach(exact(TOLL, "b", "two", "2025-11-15", "83"))
                .then(new FactCommand.RetractArticle("art-b", "withdrawn"));
        assertThat(p.source("two").claims()).isZero();
        assertThat(p.source("one").corroborated()).isZero();
        assertThat(p.claims).extracting(r -> r.view().status()).containsExactly("active", "retracted");
    }

    @Test
    void a_stale_repeat_is_listed_as_stale() {
        Projected p = new Projected().attach(exact(TOLL, "a", "one", "2025-11-10", "60"))
                .attach(exact(TOLL, "b", "two", "2025-11-15", "83")).attach(exact(TOLL, "c", "three", "2025-11-16", "60"));
        assertThat(p.claims).extracting(r -> r.view().status()).containsExactly("active", "active", "stale");
    }

    @Test
    void applying_a_commit_again_changes_nothing() {
        Projected p = new Projected().attach(exact(TOLL, "a", "one", "2025-11-15", "83"));
        List<FactlineEvent> second = FactDecider.decide(p.state, new FactCommand.AttachClaim(
                exact(TOLL, "b", "two", "2025-11-15", "83")), NOW);
        p.apply(second, 2);
        List<ClaimRecord> once = p.claims;
        Map<String, SourceView> sourcesOnce = new HashMap<>(p.sources);
        List<ClaimRecord> again = ClaimProjection.applyCommit(once, second, 2, p.contradictions::get);
        assertThat(again).isEqualTo(once);
        assertThat(SourceProjection.changes(once, again)).isEmpty();
        assertThat(p.sources).isEqualTo(sourcesOnce);
    }

    @Test
    void competing_values_are_ranked_by_the_reliability_of_their_independent_sources() {
        Projected p = new Projected().attach(exact(TOLL, "a", "one", "2025-11-15", "83"))
                .attach(copyOf(exact(TOLL, "b", "reprint", "2025-11-15", "83"), "art-b", "art-a"))
                .attach(exact(TOLL, "c", "two", "2025-11-15", "40")).attach(exact(TOLL, "d", "three", "2025-11-15", "40"));
        Map<String, Double> reliability = Map.of("one", 0.9, "two", 0.5, "three", 0.5);
        List<ValueRanking.RankedValue> ranked = ValueRanking.rank(p.claims.stream().map(ClaimRecord::view).toList(),
                reliability::get);
        // 83: one source (the reprint is the wire's voice) at 0.9; 40: two at 0.5 each, 1 - 0.25 = 0.75.
        assertThat(ranked).extracting(r -> r.value().quantity().value().intValue()).containsExactly(83, 40);
        assertThat(ranked.get(0).confidence()).isEqualTo(0.9);
        assertThat(ranked.get(0).sources()).containsExactly("one");
        assertThat(ranked.get(1).confidence()).isEqualTo(0.75);
    }
}
