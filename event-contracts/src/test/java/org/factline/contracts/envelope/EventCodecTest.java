package org.factline.contracts.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factline.contracts.event.ArticleIngested;
import org.factline.contracts.event.ContradictionDetected;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void unknown_type_is_rejected_with_its_name() {
        String json = GoldenEvents.json(ArticleIngested.TYPE).replace("article.ArticleIngested.v1", "article.Nope.v9");
        assertThatThrownBy(() -> EventCodec.decode(json))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("article.Nope.v9");
    }

    @Test
    void garbage_is_rejected_as_not_json() {
        assertThatThrownBy(() -> EventCodec.decode("{not json")).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void missing_required_data_field_is_rejected() {
        String json = GoldenEvents.json(ArticleIngested.TYPE).replace("\"articleId\" : \"0a1b2c3d4e5f6a7b\",", "");
        assertThatThrownBy(() -> EventCodec.decode(json)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("articleId");
    }

    @Test
    void typed_decode_refuses_another_event_class() {
        String json = GoldenEvents.json(ArticleIngested.TYPE);
        assertThatThrownBy(() -> EventCodec.decode(json, ContradictionDetected.class))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("expected ContradictionDetected");
    }

    @Test
    void big_numbers_are_written_plain() {
        String json = GoldenEvents.json(org.factline.contracts.event.ClaimExtracted.TYPE);
        var envelope = EventCodec.decode(json, org.factline.contracts.event.ClaimExtracted.class);
        var claim = envelope.data();
        var q = claim.value().quantity();
        var big = new org.factline.contracts.value.Quantity(new java.math.BigDecimal("5E+7"), "USD", q.qualifier(),
                new java.math.BigDecimal("5E+7"), null);
        var changed = new org.factline.contracts.event.ClaimExtracted(claim.claimId(), claim.measure(), claim.measureNamed(), claim.subject(),
                claim.predicate(), org.factline.contracts.value.ClaimValue.of(big), claim.referenceTime(), claim.referenceSource(),
                claim.scope(), claim.anchors(), claim.storyId(), claim.attribution(), claim.provenance(), claim.extractedAt());
        String out = EventCodec.encode(EventEnvelope.wrap(envelope.id(), envelope.source(), envelope.subject(), envelope.time(), changed));
        assertThat(out).contains("\"value\":50000000").doesNotContain("E+7");
    }

    @Test
    void unknown_optional_fields_from_a_newer_producer_are_tolerated() {
        String json = GoldenEvents.json(ArticleIngested.TYPE).replace("\"language\" : \"en\",",
                "\"language\" : \"en\", \"futureField\" : 1,");
        assertThat(EventCodec.decode(json, ArticleIngested.class).data().language()).isEqualTo("en");
    }

    @Test
    void a_claim_written_before_copyOf_existed_reads_as_no_copy() {
        String json = GoldenEvents.json(org.factline.contracts.event.ClaimExtractedV1.TYPE);
        String old = json.replaceAll(",\\s*\"copyOf\"\\s*:\\s*null", "");
        assertThat(old).doesNotContain("copyOf");
        var claim = EventCodec.decode(old, org.factline.contracts.event.ClaimExtracted.class).data();
        assertThat(claim.provenance().copyOf()).isNull();
        assertThat(claim.provenance().articleId()).isEqualTo("0a1b2c3d4e5f6a7b");
    }
}
