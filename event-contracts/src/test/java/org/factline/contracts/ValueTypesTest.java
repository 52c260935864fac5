package org.factline.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.MeasureKey;
import org.factline.contracts.value.Precision;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.TimeInterval;
import org.factline.contracts.value.ValueKind;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    private static Quantity q(String low, String high) {
        BigDecimal lo = low == null ? null : new BigDecimal(low);
        BigDecimal hi = high == null ? null : new BigDecimal(high);
        return new Quantity(lo != null ? lo : hi, "person", Qualifier.RANGE, lo, hi);
    }

    @Test
    void at_least_83_overlaps_exactly_83_but_not_76() {
        Quantity atLeast83 = q("83", null);
        assertThat(atLeast83.overlaps(q("83", "83"))).isTrue();
        assertThat(atLeast83.overlaps(q("76", "76"))).isFalse();
        assertThat(q("76", "76").overlaps(atLeast83)).isFalse();
    }

    @Test
    void day_intervals_that_touch_do_not_overlap() {
        TimeInterval nov16 = new TimeInterval("2025-11-16", Precision.DAY,
                Instant.parse("2025-11-16T00:00:00Z"), Instant.parse("2025-11-17T00:00:00Z"));
        TimeInterval byNov11 = new TimeInterval("2025-11-11", Precision.DAY, null, Instant.parse("2025-11-12T00:00:00Z"));
        TimeInterval november = new TimeInterval("2025-11", Precision.MONTH,
                Instant.parse("2025-11-01T00:00:00Z"), Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(nov16.overlaps(byNov11)).isFalse();
        assertThat(november.overlaps(nov16)).isTrue();
        assertThat(november.overlaps(byNov11)).isTrue();
    }

    @Test
    void inverted_intervals_are_refused() {
        assertThatThrownBy(() -> new Quantity(BigDecimal.ONE, "boat", Qualifier.RANGE, BigDecimal.TEN, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fact_keys_must_have_predicate_and_slug() {
        assertThat(FactKey.of("count", "boat-strike").predicate()).isEqualTo("count");
        assertThatThrownBy(() -> new FactKey("Count boats")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FactKey("count:")).isInstanceOf(IllegalArgumentException.class);
        FactKey anchored = FactKey.of(new MeasureKey("deaths:person"), "boat-strikes");
        assertThat(anchored.value()).isEqualTo("deaths:person@boat-strikes");
        assertThat(anchored.measure()).isEqualTo(new MeasureKey("deaths:person"));
        assertThat(anchored.anchor()).isEqualTo("boat-strikes");
        assertThat(new FactKey("count:boat-strike").anchor()).isNull();
        assertThat(new FactKey("count:boat-strike").measure().thing()).isEqualTo("boat-strike");
        assertThatThrownBy(() -> new FactKey("deaths:person@")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FactKey("deaths:person@a@b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasureKey("deaths:person@x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claim_value_sets_exactly_its_kind() {
        assertThat(ClaimValue.category("cocaine").kind()).isEqualTo(ValueKind.CATEGORY);
        assertThatThrownBy(() -> new ClaimValue(ValueKind.QUANTITY, null, null, null, "cocaine"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void qualifier_reads_its_wire_symbol() {
        assertThat(Qualifier.fromSymbol(">=")).isEqualTo(Qualifier.AT_LEAST);
        assertThatThrownBy(() -> Qualifier.fromSymbol("=>")).isInstanceOf(IllegalArgumentException.class);
    }
}
