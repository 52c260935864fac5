package org.factline.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.claims.domain.FactScenario.exact;
import static org.factline.claims.domain.FactScenario.fact;
import static org.factline.claims.domain.FactScenario.readBy;
import static org.factline.claims.domain.FactScenario.version;

import java.util.List;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ClaimsWithdrawn;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.Resolution;
import org.factline.contracts.event.VersionChange;
import org.factline.contracts.event.WithdrawalReason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Given a fact / when an article is retracted or re-read by a newer extractor / then withdrawals. */
class WithdrawalRulesTest {

    private static final String TOLL = "deaths:person";
    private static final FactCommand RETRACT_B = new FactCommand.RetractArticle("art-b", "the outlet withdrew the story");

    private static <E> List<E> only(List<FactlineEvent> events, Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Nested
    class Retraction {

        @Test
        void retracting_a_corroborating_article_leaves_a_single_source() {
            FactScenario s = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"),
                    exact(TOLL, "b", "two.example", "2025-11-15", "83"));
            List<FactlineEvent> then = s.when(RETRACT_B);
            ClaimsWithdrawn w = only(then, ClaimsWithdrawn.class).get(0);
            assertThat(w.claimIds()).containsExactly("b");
            assertThat(w.reason()).isEqualTo(WithdrawalReason.RETRACTED);
            assertThat(w.note()).isEqualTo("the outlet withdrew the story");
            FactVersioned v = version(then);
            assertThat(v.change()).isEqualTo(VersionChange.RETRACTED);
            assertThat(v.version()).isEqualTo(3);
            assertThat(v.claimIds()).containsExactly("a");
            assertThat(v.outlets()).containsExactly("one.example");
            assertThat(v.value().quantity().value()).isEqualByComparingTo("83");
        }

        @Test
        void a_second_retraction_of_the_same_article_decides_nothing() {
            FactScenario s = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"),
                    exact(TOLL, "b", "two.example", "2025-11-15", "83")).given(RETRACT_B);
            assertThat(s.when(RETRACT_B)).isEmpty();
            assertThat(s.when(new FactCommand.RetractArticle("art-nobody", "no claims here"))).isEmpty();
        }

        @Test
        void the_value_is_judged_again_without_the_withdrawn_claim() {
            FactScenario s = fact(TOLL).given(FactScenario.atLeast(TOLL, "a", "one.example", "2025-11-15", "80"),
                    exact(TOLL, "b", "two.example", "2025-11-15", "83"));
            assertThat(s.state().value().quantity().high()).isEqualByComparingTo("83");
            FactVersioned v = version(s.when(RETRACT_B));
            assertThat(v.value().quantity().low()).isEqualByComparingTo("80");
            assertThat(v.value().quantity().high()).isNull();
        }

        @Test
        void an_open_contradiction_with_a_retracted_side_is_superseded() {
            FactScenario s = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"),
                    exact(TOLL, "b", "two.example", "2025-11-15", "40"));
            assertThat(s.state().openContradictions()).isEqualTo(1);
            List<FactlineEvent> then = s.when(RETRACT_B);
            ContradictionResolved r = only(then, ContradictionResolved.class).get(0);
            assertThat(r.contradictionId()).isEqualTo("c-deaths:person-b");
            assertThat(r.resolution()).isEqualTo(Resolution.SUPERSEDED);
            assertThat(r.winningClaimId()).isNull();
            assertThat(only(then, ContradictionDetected.class)).isEmpty();
            assertThat(FactEvolver.evolveCommit(s.state(), then).openContradictions()).isZero();
            assertThat(version(then).value().quantity().value()).isEqualByComparingTo("83");
        }

        @Test
        void a_surviving_claim_that_still_disagrees_is_raised_again_against_the_remaining_claim() {
            FactScenario s = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"),
                    exact(TOLL, "b", "two.example", "2025-11-15", "83"), exact(TOLL, "c", "three.example", "2025-11-15", "40"));
            ContradictionEntry first = s.state().contradictions().get(0);
            assertThat(first.existingClaimId()).isEqualTo("a");
            List<FactlineEvent> then = s.when(new FactCommand.RetractArticle("art-a", "wrong port"));
            assertThat(only(then, ContradictionResolved.class)).extracting(ContradictionResolved::contradictionId)
                    .containsExactly("c-deaths:person-c");
            ContradictionDetected again = only(then, ContradictionDetected.class).get(0);
            assertThat(again.contradictionId()).isEqualTo("c-deaths:person-c-b");
            assertThat(again.existing().claimId()).isEqualTo("b");
            assertThat(again.incoming().claimId()).isEqualTo("c");
            assertThat(FactEvolver.evolveCommit(s.state(), then).openContradictions()).isEqualTo(1);
        }

        @Test
        void a_verdict_on_a_remaining_claim_still_holds_after_a_retraction() {
            FactScenario s = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"),
                    exact(TOLL, "b", "two.example", "2025-11-15", "40"))
                    .givenVerdict(new FactCommand.RecordVerdict("c-deaths:person-b", "b", false, "desk", null))
                    .given(exact(TOLL, "c", "three.example", "2025-11-16", "41"));
            FactVersioned v = version(s.when(new FactCommand.RetractArticle("art-c", "duplicate")));
            assertThat(v.value().quantity().value()).isEqualByComparingTo("40");
        }

        @Test
        void retracting_every_claim_leaves_no_source_and_the_last_value() {
            FactScenario s = fact(TOLL).given(exact(TOLL, "b", "two.example", "2025-11-15", "83"));
            FactVersioned v = version(s.when(RETRACT_B));
            assertThat(v.claimIds()).isEmpty();
            assertThat(v.outlets()).isEmpty();
            assertThat(FactStatus.of(v.outlets().size(), 0, 0)).isEqualTo(FactStatus.WITHDRAWN);
            assertThat(v.value().quantity().value()).isEqualByComparingTo("83");
        }

        @Test
        void a_claim_of_a_retracted_article_is_recorded_but_never_counts() {
            FactScenario s = fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"));
            ClaimExtracted late = exact(TOLL, "b", "two.example", "2025-11-15", "40");
            List<FactlineEvent> then = s.when(new FactCommand.AttachClaim(late,
                    new ArticleStanding("art-b", "withdrawn by the outlet", FactScenario.NOW, null, null)));
            assertThat(then).hasSize(2).first().isEqualTo(late);
            assertThat(((ClaimsWithdrawn) then.get(1)).reason()).isEqualTo(WithdrawalReason.RETRACTED);
            assertThat(only(then, FactVersioned.class)).isEmpty();
            FactState after = FactEvolver.evolveCommit(s.state(), then);
            assertThat(after.knows("b")).isTrue();
            assertThat(after.activeClaims()).extracting(ClaimEntry::claimId).containsExactly("a");
            assertThat(FactDecider.decide(after, new FactCommand.AttachClaim(late), FactScenario.NOW)).isEmpty();
        }
    }

    @Nested
    class Supersession {

        @Test
        void a_newer_extractor_reading_the_same_article_supersedes_the_older_claims_in_one_commit() {
            FactScenario s = fact(TOLL).given(readBy(exact(TOLL, "a1", "one.example", "2025-11-15", "80"), "art-a", "0.9.0"),
                    exact(TOLL, "x", "two.example", "2025-11-15", "83"));
            assertThat(s.state().openContradictions()).isEqualTo(1);
            List<FactlineEvent> then = s.when(readBy(exact(TOLL, "a2", "one.example", "2025-11-15", "83"), "art-a", "0.10.0"));
            ClaimsWithdrawn w = only(then, ClaimsWithdrawn.class).get(0);
            assertThat(w.claimIds()).containsExactly("a1");
            assertThat(w.reason()).isEqualTo(WithdrawalReason.SUPERSEDED);
            assertThat(w.supersededBy()).isEqualTo("0.10.0");
            assertThat(only(then, ContradictionResolved.class)).singleElement()
                    .satisfies(r -> assertThat(r.resolution()).isEqualTo(Resolution.SUPERSEDED));
            List<FactVersioned> versions = only(then, FactVersioned.class);
            assertThat(versions).extracting(FactVersioned::change)
                    .containsExactly(VersionChange.RETRACTED, VersionChange.CORROBORATED);
            assertThat(versions.get(1).claimIds()).containsExactly("x", "a2");
            assertThat(versions.get(1).outlets()).containsExactly("two.example", "one.example");
            assertThat(FactEvolver.evolveCommit(s.state(), then).openContradictions()).isZero();
        }

        @Test
        void a_claim_from_an_older_extractor_arriving_late_is_superseded_on_arrival() {
            FactScenario s = fact(TOLL).given(readBy(exact(TOLL, "a2", "one.example", "2025-11-15", "83"), "art-a", "0.10.0"));
            List<FactlineEvent> then = s.when(readBy(exact(TOLL, "a1", "one.example", "2025-11-15", "80"), "art-a", "0.9.0"));
            assertThat(then).hasSize(2);
            ClaimsWithdrawn w = (ClaimsWithdrawn) then.get(1);
            assertThat(w.claimIds()).containsExactly("a1");
            assertThat(w.supersededBy()).isEqualTo("0.10.0");
        }

        @Test
        void the_article_standing_supersedes_an_old_claim_in_a_fact_the_newer_extractor_never_reached() {
            List<FactlineEvent> then = fact(TOLL).when(new FactCommand.AttachClaim(
                    readBy(exact(TOLL, "a1", "one.example", "2025-11-15", "80"), "art-a", "0.9.0"),
                    new ArticleStanding("art-a", null, null, "1.0.0", "1.0.0")));
            assertThat(only(then, ClaimsWithdrawn.class)).singleElement()
                    .satisfies(w -> assertThat(w.supersededBy()).isEqualTo("1.0.0"));
            assertThat(only(then, FactVersioned.class)).isEmpty();
        }

        @Test
        void the_supersede_command_withdraws_only_older_versions() {
            FactScenario s = fact(TOLL).given(readBy(exact(TOLL, "a1", "one.example", "2025-11-15", "83"), "art-a", "0.9.0"),
                    exact(TOLL, "x", "two.example", "2025-11-15", "83"));
            assertThat(s.when(new FactCommand.SupersedeClaims("art-a", "0.9.0"))).isEmpty();
            List<FactlineEvent> then = s.when(new FactCommand.SupersedeClaims("art-a", "0.9.1"));
            assertThat(only(then, ClaimsWithdrawn.class).get(0).claimIds()).containsExactly("a1");
            assertThat(version(then).outlets()).containsExactly("two.example");
        }
    }
}
