package org.factline.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.VersionChange;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events: on the pure core only. */
class FactDeciderTest {

    private static final FactKey KEY = FactKey.of("deaths", "person");
    private static final Instant NOW = Instant.parse("2025-11-17T10:00:00Z");

    static ClaimExtracted claim(String id, String outlet, Qualifier q, String low, String high) {
        BigDecimal lo = low == null ? null : new BigDecimal(low);
        BigDecimal hi = high == null ? null : new BigDecimal(high);
        Quantity quantity = new Quantity(lo != null ? lo : hi, "person", q, lo, hi);
        return new ClaimExtracted(id, KEY, "person", "deaths", ClaimValue.of(quantity), null, Attribution.articleVoice(),
                new Provenance("art-" + id, outlet, null, 0, 10, "quote " + id, "rule", "0.1.0", 0.6), NOW);
    }

    private static FactState given(ClaimExtracted... claims) {
        FactState state = FactState.empty(KEY);
        for (ClaimExtracted c : claims) {
            state = FactEvolver.evolveCommit(state, FactDecider.decide(state, new FactCommand.AttachClaim(c), NOW));
        }
        return state;
    }

    private static List<FactlineEvent> when(FactState state, ClaimExtracted claim) {
        return FactDecider.decide(state, new FactCommand.AttachClaim(claim), NOW);
    }

    @Test
    void first_claim_creates_version_one() {
        List<FactlineEvent> events = when(given(), claim("a", "one.example", Qualifier.AT_LEAST, "83", null));
        assertThat(events).hasSize(2).first().isInstanceOf(ClaimExtracted.class);
        FactVersioned v = (FactVersioned) events.get(1);
        assertThat(v.version()).isEqualTo(1);
        assertThat(v.change()).isEqualTo(VersionChange.CREATED);
        assertThat(v.outlets()).containsExactly("one.example");
    }

    @Test
    void a_redelivered_claim_decides_nothing() {
        ClaimExtracted a = claim("a", "one.example", Qualifier.EXACT, "83", "83");
        assertThat(when(given(a), a)).isEmpty();
    }

    @Test
    void at_least_83_and_exactly_83_corroborate_into_83() {
        FactState state = given(claim("a", "one.example", Qualifier.AT_LEAST, "83", null));
        FactVersioned v = (FactVersioned) when(state, claim("b", "two.example", Qualifier.EXACT, "83", "83")).get(1);
        assertThat(v.change()).isEqualTo(VersionChange.CORROBORATED);
        assertThat(v.version()).isEqualTo(2);
        assertThat(v.value().quantity().low()).isEqualByComparingTo("83");
        assertThat(v.value().quantity().high()).isEqualByComparingTo("83");
        assertThat(v.outlets()).containsExactly("one.example", "two.example");
    }

    @Test
    void disjoint_values_open_a_contradiction_naming_both_claims() {
        FactState state = given(claim("a", "one.example", Qualifier.AT_LEAST, "83", null));
        List<FactlineEvent> events = when(state, claim("b", "two.example", Qualifier.EXACT, "40", "40"));
        assertThat(((FactVersioned) events.get(1)).change()).isEqualTo(VersionChange.CONTESTED);
        ContradictionDetected c = (ContradictionDetected) events.get(2);
        assertThat(c.existing().claimId()).isEqualTo("a");
        assertThat(c.incoming().claimId()).isEqualTo("b");
        assertThat(c.severity()).isBetween(0.5, 0.6);
        assertThat(FactEvolver.evolveCommit(state, events).openContradictions()).isEqualTo(1);
    }
}
