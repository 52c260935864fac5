package org.factline.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.claims.domain.FactScenario.exact;
import static org.factline.claims.domain.FactScenario.fact;
import static org.factline.claims.domain.FactScenario.version;

import java.util.List;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.Resolution;
import org.factline.contracts.event.VersionChange;
import org.junit.jupiter.api.Test;

/** Given a contradicted fact / when a verdict / then a resolution and a RESOLVED version, or a rejection. */
class VerdictRulesTest {

    private static final String TOLL = "deaths:person";
    private static final String CONTRADICTION = "c-deaths:person-b";

    private static FactScenario contested() {
        return fact(TOLL).given(exact(TOLL, "a", "one.example", "2025-11-15", "83"),
                exact(TOLL, "b", "two.example", "2025-11-15", "40"));
    }

    private static FactCommand.RecordVerdict upholding(String claimId) {
        return new FactCommand.RecordVerdict(CONTRADICTION, claimId, false, "desk@example.org", "checked the ministry list");
    }

    @Test
    void upholding_the_incoming_claim_resolves_and_moves_the_value_to_it() {
        FactScenario s = contested();
        assertThat(s.state().openContradictions()).isEqualTo(1);
        List<FactlineEvent> then = s.when(upholding("b"));
        assertThat(then).hasSize(2);
        ContradictionResolved r = (ContradictionResolved) then.get(0);
        assertThat(r.resolution()).isEqualTo(Resolution.CLAIM_UPHELD);
        assertThat(r.winningClaimId()).isEqualTo("b");
        assertThat(r.reviewer()).isEqualTo("desk@example.org");
        FactVersioned v = version(then);
        assertThat(v.change()).isEqualTo(VersionChange.RESOLVED);
        assertThat(v.version()).isEqualTo(3);
        assertThat(v.value().quantity().value()).isEqualByComparingTo("40");
        assertThat(FactEvolver.evolveCommit(s.state(), then).openContradictions()).isZero();
    }

    @Test
    void upholding_the_existing_claim_keeps_the_value() {
        FactVersioned v = version(contested().when(upholding("a")));
        assertThat(v.value().quantity().value()).isEqualByComparingTo("83");
        assertThat(v.causedByClaimId()).isEqualTo("a");
    }

    @Test
    void not_a_contradiction_closes_it_without_a_winner() {
        List<FactlineEvent> then = contested().when(
                new FactCommand.RecordVerdict(CONTRADICTION, null, true, "desk@example.org", "one counts sailors only"));
        ContradictionResolved r = (ContradictionResolved) then.get(0);
        assertThat(r.resolution()).isEqualTo(Resolution.NOT_A_CONTRADICTION);
        assertThat(r.winningClaimId()).isNull();
        assertThat(version(then).value().quantity().value()).isEqualByComparingTo("83");
    }

    @Test
    void an_unknown_contradiction_is_rejected_as_unknown() {
        assertThatThrownBy(() -> contested().when(new FactCommand.RecordVerdict("c-nope", "a", false, "desk", null)))
                .isInstanceOfSatisfying(VerdictRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(VerdictRejected.Reason.UNKNOWN_CONTRADICTION));
    }

    @Test
    void a_second_verdict_is_rejected_as_already_resolved() {
        FactScenario s = contested().givenVerdict(upholding("a"));
        assertThatThrownBy(() -> s.when(upholding("b"))).isInstanceOfSatisfying(VerdictRejected.class,
                e -> assertThat(e.reason()).isEqualTo(VerdictRejected.Reason.ALREADY_RESOLVED));
    }

    @Test
    void a_winner_that_is_not_a_side_is_invalid() {
        FactScenario s = contested().given(exact(TOLL, "c", "three.example", "2025-11-15", "83"));
        assertThatThrownBy(() -> s.when(upholding("c"))).isInstanceOfSatisfying(VerdictRejected.class,
                e -> assertThat(e.reason()).isEqualTo(VerdictRejected.Reason.INVALID));
    }

    @Test
    void a_verdict_needs_a_reviewer_and_exactly_one_outcome() {
        FactScenario s = contested();
        assertThatThrownBy(() -> s.when(new FactCommand.RecordVerdict(CONTRADICTION, "a", false, " ", null)))
                .isInstanceOf(VerdictRejected.class).hasMessageContaining("reviewer");
        assertThatThrownBy(() -> s.when(new FactCommand.RecordVerdict(CONTRADICTION, "a", true, "desk", null)))
                .isInstanceOf(VerdictRejected.class).hasMessageContaining("not both");
        assertThatThrownBy(() -> s.when(new FactCommand.RecordVerdict(CONTRADICTION, null, false, "desk", null)))
                .isInstanceOf(VerdictRejected.class).hasMessageContaining("not both");
    }
}
