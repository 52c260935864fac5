package org.factline.contracts.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ClaimExtractedV1;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.FigureScope;
import org.factline.contracts.value.MeasureKey;
import org.factline.contracts.value.ReferenceSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden file decodes to its typed record and encodes back to the same JSON tree. This class
 * ships in the test-jar and runs again in every consuming module (surefire dependenciesToScan),
 * so a consumer on a different classpath still reads the contract the same way.
 */
class GoldenRoundTripContractTest {

    @TestFactory
    Stream<DynamicTest> every_golden_event_round_trips_unchanged() {
        return GoldenEvents.all().entrySet().stream().map(golden -> DynamicTest.dynamicTest(golden.getKey(), () -> {
            EventEnvelope<FactlineEvent> decoded = EventCodec.decodeAsWritten(golden.getValue());
            assertThat(decoded.type()).isEqualTo(golden.getKey());
            assertThat(decoded.data().eventType()).isEqualTo(golden.getKey());
            JsonNode expected = EventCodec.mapper().readTree(golden.getValue());
            JsonNode actual = EventCodec.mapper().readTree(EventCodec.encode(decoded));
            assertThat(actual).isEqualTo(expected);
        }));
    }

    @Test
    void an_older_version_is_read_as_the_current_one_with_its_envelope_id() {
        EventEnvelope<ClaimExtracted> claim = EventCodec.decode(GoldenEvents.json(ClaimExtractedV1.TYPE), ClaimExtracted.class);
        ClaimExtractedV1 written = (ClaimExtractedV1) EventCodec.decodeAsWritten(GoldenEvents.json(ClaimExtractedV1.TYPE)).data();
        assertThat(claim.type()).isEqualTo(ClaimExtracted.TYPE);
        assertThat(claim.id()).isEqualTo("claim-5d41402abc4b2a76");
        assertThat(claim.data().measure()).isEqualTo(new MeasureKey("count:ship"));
        assertThat(claim.data().anchors()).isEmpty();
        assertThat(claim.data().scope()).isEqualTo(FigureScope.UNSPECIFIED);
        assertThat(claim.data().referenceSource()).isEqualTo(ReferenceSource.DOCUMENT);
        assertThat(claim.data().storyId()).isNull();
        assertThat(claim.data().value()).isEqualTo(written.value());
        assertThat(claim.data().provenance()).isEqualTo(written.provenance());
    }

    @Test
    void every_registered_type_has_a_golden_file() {
        assertThat(GoldenEvents.all().keySet()).containsExactlyInAnyOrderElementsOf(EventTypes.all());
    }
}
