package org.factline.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.claims.domain.FactScenario.copyOf;
import static org.factline.claims.domain.FactScenario.exact;
import static org.factline.claims.domain.FactScenario.fact;
import static org.factline.claims.domain.FactScenario.version;

import java.util.List;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.junit.jupiter.api.Test;

/** Given an original / when its syndicated copy (or an independent report) / then the source count. */
class SyndicationTest {

    private static final String TOLL = "deaths:person";

    @Test
    void a_copy_agreeing_with_its_original_adds_no_source_and_does_not_corroborate() {
        FactScenario s = fact(TOLL).given(exact(TOLL, "a", "wire.example", "2025-11-15", "83"));
        List<FactlineEvent> then = s.when(copyOf(exact(TOLL, "b", "reprint.example", "2025-11-15", "83"), "art-b", "art-a"));
        FactVersioned v = version(then);
        assertThat(v.claimIds()).containsExactly("a", "b");
        assertThat(v.outlets()).containsExactly("wire.example");
        assertThat(FactStatus.of(v.outlets().size(), 0, 0)).isEqualTo(FactStatus.SINGLE_SOURCE);
    }

    @Test
    void an_independent_outlet_after_the_copy_makes_two_sources() {
        FactScenario s = fact(TOLL).given(exact(TOLL, "a", "wire.example", "2025-11-15", "83"),
                copyOf(exact(TOLL, "b", "reprint.example", "2025-11-15", "83"), "art-b", "art-a"));
        FactVersioned v = version(s.when(exact(TOLL, "c", "own.example", "2025-11-15", "83")));
        assertThat(v.outlets()).containsExactly("wire.example", "own.example");
        assertThat(FactStatus.of(v.outlets().size(), 0, 0)).isEqualTo(FactStatus.CORROBORATED);
    }

    @Test
    void copies_of_an_original_the_fact_never_saw_count_once_under_the_first_copy() {
        FactScenario s = fact(TOLL).given(copyOf(exact(TOLL, "a", "one.example", "2025-11-15", "83"), "art-a", "art-wire"));
        FactVersioned v = version(s.when(copyOf(exact(TOLL, "b", "two.example", "2025-11-15", "83"), "art-b", "art-wire")));
        assertThat(v.outlets()).containsExactly("one.example");
    }

    @Test
    void a_copy_arriving_before_its_original_is_counted_under_the_original_once_it_arrives() {
        FactScenario s = fact(TOLL).given(copyOf(exact(TOLL, "b", "reprint.example", "2025-11-15", "83"), "art-b", "art-a"));
        FactVersioned v = version(s.when(exact(TOLL, "a", "wire.example", "2025-11-15", "83")));
        assertThat(v.outlets()).containsExactly("wire.example");
    }

    @Test
    void a_copy_that_disagrees_is_still_a_contradiction() {
        FactScenario s = fact(TOLL).given(exact(TOLL, "a", "wire.example", "2025-11-15", "83"));
        List<FactlineEvent> then = s.when(copyOf(exact(TOLL, "b", "reprint.example", "2025-11-15", "80"), "art-b", "art-a"));
        assertThat(then).anyMatch(ContradictionDetected.class::isInstance);
    }

    @Test
    void independent_sources_name_each_claims_voice() {
        ClaimEntry original = ClaimEntry.of(exact(TOLL, "a", "wire.example", "2025-11-15", "83"));
        ClaimEntry copy = ClaimEntry.of(copyOf(exact(TOLL, "b", "reprint.example", "2025-11-15", "83"), "art-b", "art-a"));
        assertThat(IndependentSources.sourceOf(copy, List.of(original, copy))).isEqualTo("wire.example");
        assertThat(IndependentSources.sourceOf(copy, List.of(copy))).isEqualTo("reprint.example");
    }
}
