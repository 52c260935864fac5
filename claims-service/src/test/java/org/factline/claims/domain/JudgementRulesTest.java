package org.factline.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.claims.domain.FactScenario.atLeast;
import static org.factline.claims.domain.FactScenario.byDay;
import static org.factline.claims.domain.FactScenario.category;
import static org.factline.claims.domain.FactScenario.dated;
import static org.factline.claims.domain.FactScenario.exact;
import static org.factline.claims.domain.FactScenario.fact;
import static org.factline.claims.domain.FactScenario.onDay;
import static org.factline.claims.domain.FactScenario.quantity;
import static org.factline.claims.domain.FactScenario.version;

import java.util.List;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.VersionChange;
import org.factline.contracts.value.Qualifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The judgement rules of docs/fact-model.md, one given / when / then per rule. */
class JudgementRulesTest {

    private static final String TOLL = "deaths:person";
    private static final String REWARD = "amount:usd";
    private static final String ARRIVAL = "arrival:carrier";
    private static final String CARGO = "cargo:boat";

    private static boolean hasContradiction(List<FactlineEvent> events) {
        return events.stream().anyMatch(ContradictionDetected.class::isInstance);
    }

    private static ContradictionDetected contradiction(List<FactlineEvent> events) {
        return events.stream().filter(ContradictionDetected.class::isInstance).map(ContradictionDetected.class::cast)
                .findFirst().orElseThrow();
    }

    @Nested
    class Corroboration {

        @Test
        void at_least_83_and_83_on_the_same_day_agree_and_narrow_to_83() {
            List<FactlineEvent> then = fact(TOLL).given(atLeast(TOLL, "a", "one.example", "2025-11-15", "83"))
                    .when(exact(TOLL, "b", "two.example", "2025-11-15", "83"));
            FactVersioned v = version(then);
            assertThat(v.change()).isEqualTo(VersionChange.CORROBORATED);
            assertThat(v.value().quantity().low()).isEqualByComparingTo("83");
            assertThat(v.value().quantity().high()).isEqualByComparingTo("83");
            assertThat(v.outlets()).containsExactly("one.example", "two.example");
            assertThat(hasContradiction(then)).isFalse();
        }

        @Test
        void claims_without_reference_time_compare_as_the_same_moment() {
            List<FactlineEvent> then = fact(TOLL).given(exact(TOLL, "a", "one.example", null, "83"))
                    .when(quantity(TOLL, "b", "two.example", null, Qualifier.RANGE, "80", "90", "80 to 90 people"));
            assertThat(version(then).change()).isEqualTo(VersionChange.CORROBORATED);
        }

        @Test
        void at_least_seven_agrees_with_twelve() {
            String ships = "count:warship";
            List<FactlineEvent> then = fact(ships).given(exact(ships, "a", "one.example", "2025-11-15", "12"))
                    .when(atLeast(ships, "b", "two.example", "2025-11-15", "7"));
            assertThat(version(then).change()).isEqualTo(VersionChange.CORROBORATED);
            assertThat(version(then).value().quantity().low()).isEqualByComparingTo("12");
        }

        @Test
        void a_fixed_amount_reported_on_later_days_still_corroborates() {
            List<FactlineEvent> then = fact(REWARD).given(exact(REWARD, "a", "one.example", "2025-11-10", "50000000"))
                    .when(exact(REWARD, "b", "two.example", "2025-11-14", "50000000"));
            assertThat(version(then).change()).isEqualTo(VersionChange.CORROBORATED);
            assertThat(version(then).referenceTime()).isEqualTo(onDay("2025-11-14"));
        }

        @Test
        void a_date_inside_a_month_agrees_with_the_month() {
            FactScenario s = fact(ARRIVAL).given(dated(ARRIVAL, "a", "one.example", "2025-11-20",
                    new org.factline.contracts.value.TimeInterval("2025-11", org.factline.contracts.value.Precision.MONTH,
                            onDay("2025-11-01").start(), onDay("2025-12-01").start()), "arrived in November"));
            List<FactlineEvent> then = s.when(dated(ARRIVAL, "b", "two.example", "2025-11-20", onDay("2025-11-16"),
                    "arrived on November 16"));
            assertThat(version(then).change()).isEqualTo(VersionChange.CORROBORATED);
        }
    }

    @Nested
    class Evolution {

        @Test
        void a_later_larger_death_toll_is_a_new_version_not_a_contradiction() {
            List<FactlineEvent> then = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-10", "60"))
                    .when(exact(TOLL, "b", "two.example", "2025-11-15", "83"));
            FactVersioned v = version(then);
            assertThat(v.change()).isEqualTo(VersionChange.EVOLVED);
            assertThat(v.value().quantity().value()).isEqualByComparingTo("83");
            assertThat(v.referenceTime()).isEqualTo(onDay("2025-11-15"));
            assertThat(hasContradiction(then)).isFalse();
        }

        @Test
        void an_earlier_floor_still_bounds_a_later_upper_bound() {
            List<FactlineEvent> then = fact(TOLL).given(atLeast(TOLL, "a", "one.example", "2025-11-10", "60"))
                    .when(quantity(TOLL, "b", "two.example", "2025-11-15", Qualifier.AT_MOST, null, "90", "up to 90 people"));
            FactVersioned v = version(then);
            assertThat(v.change()).isEqualTo(VersionChange.EVOLVED);
            assertThat(v.value().quantity().low()).isEqualByComparingTo("60");
            assertThat(v.value().quantity().high()).isEqualByComparingTo("90");
        }

        @Test
        void a_so_far_wording_makes_any_predicate_a_running_figure() {
            String strikes = "amount:strike";
            List<FactlineEvent> then = fact(strikes)
                    .given(quantity(strikes, "a", "one.example", "2025-11-10", Qualifier.EXACT, "14", "14", "14 strikes so far"))
                    .when(quantity(strikes, "b", "two.example", "2025-11-15", Qualifier.EXACT, "21", "21", "21 strikes so far"));
            assertThat(version(then).change()).isEqualTo(VersionChange.EVOLVED);
        }

        @Test
        void a_fixed_amount_that_changes_on_a_later_day_is_a_contradiction_not_an_evolution() {
            List<FactlineEvent> then = fact(REWARD).given(exact(REWARD, "a", "one.example", "2025-11-10", "50000000"))
                    .when(exact(REWARD, "b", "two.example", "2025-11-14", "25000000"));
            assertThat(version(then).change()).isEqualTo(VersionChange.CONTESTED);
        }
    }

    @Nested
    class Contradiction {

        @Test
        void different_tolls_for_the_same_day_contradict_with_severity_by_distance() {
            List<FactlineEvent> then = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"))
                    .when(exact(TOLL, "b", "two.example", "2025-11-15", "40"));
            assertThat(version(then).change()).isEqualTo(VersionChange.CONTESTED);
            assertThat(version(then).value().quantity().value()).isEqualByComparingTo("83");
            ContradictionDetected c = contradiction(then);
            assertThat(c.existing().outlet()).isEqualTo("one.example");
            assertThat(c.incoming().outlet()).isEqualTo("two.example");
            assertThat(c.severity()).isCloseTo(43.0 / 83.0, org.assertj.core.data.Offset.offset(1e-9));
        }

        @Test
        void a_lower_toll_for_a_later_day_than_one_already_reported_contradicts() {
            List<FactlineEvent> then = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"))
                    .when(exact(TOLL, "b", "two.example", "2025-11-16", "40"));
            assertThat(version(then).change()).isEqualTo(VersionChange.CONTESTED);
            assertThat(contradiction(then).existing().claimId()).isEqualTo("a");
        }

        @Test
        void a_higher_toll_for_an_earlier_day_contradicts_too() {
            List<FactlineEvent> then = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"))
                    .when(exact(TOLL, "b", "two.example", "2025-11-12", "95"));
            assertThat(hasContradiction(then)).isTrue();
        }

        @Test
        void entered_on_november_16_contradicts_arrived_by_november_11_whatever_day_each_was_reported() {
            ClaimExtracted by11 = dated(ARRIVAL, "a", "one.example", "2025-11-12", byDay("2025-11-11"),
                    "the carrier arrived by November 11");
            ClaimExtracted on16 = dated(ARRIVAL, "b", "two.example", "2025-11-17", onDay("2025-11-16"),
                    "the carrier entered the sea on November 16");
            List<FactlineEvent> then = fact(ARRIVAL).given(by11).when(on16);
            assertThat(version(then).change()).isEqualTo(VersionChange.CONTESTED);
            ContradictionDetected c = contradiction(then);
            assertThat(c.existing().quote()).contains("by November 11");
            assertThat(c.incoming().quote()).contains("November 16");
            assertThat(c.severity()).isCloseTo(4.0 / 9.0, org.assertj.core.data.Offset.offset(1e-9)); // 4 days apart
        }

        @Test
        void different_categories_clash_at_full_severity() {
            List<FactlineEvent> then = fact(CARGO).given(category(CARGO, "a", "one.example", "2025-11-15", "fentanyl"))
                    .when(category(CARGO, "b", "two.example", "2025-11-15", "cocaine"));
            assertThat(contradiction(then).severity()).isEqualTo(1.0);
        }

        @Test
        void the_same_category_in_other_case_agrees() {
            List<FactlineEvent> then = fact(CARGO).given(category(CARGO, "a", "one.example", "2025-11-15", "Cocaine"))
                    .when(category(CARGO, "b", "two.example", "2025-11-15", "cocaine "));
            assertThat(version(then).change()).isEqualTo(VersionChange.CORROBORATED);
        }

        @Test
        void the_contradiction_names_the_claim_it_is_farthest_from() {
            List<FactlineEvent> then = fact(TOLL).given(atLeast(TOLL, "a", "one.example", "2025-11-15", "50"),
                    exact(TOLL, "b", "two.example", "2025-11-15", "83")).when(exact(TOLL, "c", "three.example", "2025-11-15", "20"));
            assertThat(contradiction(then).existing().claimId()).isEqualTo("b");
        }
    }

    @Nested
    class Stale {

        @Test
        void a_later_article_repeating_an_older_smaller_toll_is_stale_not_a_contradiction() {
            FactScenario s = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-10", "60"),
                    exact(TOLL, "b", "two.example", "2025-11-15", "83"));
            List<FactlineEvent> then = s.when(exact(TOLL, "c", "three.example", "2025-11-16", "60"));
            FactVersioned v = version(then);
            assertThat(v.change()).isEqualTo(VersionChange.STALE_REPEAT);
            assertThat(v.value().quantity().value()).isEqualByComparingTo("83");
            assertThat(v.referenceTime()).isEqualTo(onDay("2025-11-15"));
            assertThat(v.claimIds()).containsExactly("a", "b", "c");
            assertThat(hasContradiction(then)).isFalse();
        }

        @Test
        void an_older_smaller_figure_arriving_late_is_stale() {
            List<FactlineEvent> then = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"))
                    .when(exact(TOLL, "b", "two.example", "2025-11-10", "60"));
            assertThat(version(then).change()).isEqualTo(VersionChange.STALE_REPEAT);
            assertThat(hasContradiction(then)).isFalse();
        }

        @Test
        void a_smaller_figure_nobody_reported_before_is_not_stale_but_a_contradiction() {
            FactScenario s = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-10", "60"),
                    exact(TOLL, "b", "two.example", "2025-11-15", "83"));
            assertThat(version(s.when(exact(TOLL, "c", "three.example", "2025-11-16", "70"))).change())
                    .isEqualTo(VersionChange.CONTESTED);
        }
    }

    @Test
    void each_version_lists_claims_and_outlets_in_arrival_order() {
        FactScenario s = fact(TOLL).given(exact(TOLL, "a", "zeta.example", "2025-11-15", "83"),
                exact(TOLL, "b", "alpha.example", "2025-11-15", "83"), exact(TOLL, "c", "zeta.example", "2025-11-15", "83"));
        FactVersioned v = version(s.when(exact(TOLL, "d", "mid.example", "2025-11-15", "83")));
        assertThat(v.version()).isEqualTo(4);
        assertThat(v.outlets()).containsExactly("zeta.example", "alpha.example", "mid.example");
    }
}
