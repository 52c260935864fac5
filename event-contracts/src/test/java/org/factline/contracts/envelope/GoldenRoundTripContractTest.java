package org.factline.contracts.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.factline.contracts.event.FactlineEvent;
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
            EventEnvelope<FactlineEvent> decoded = EventCodec.decode(golden.getValue());
            assertThat(decoded.type()).isEqualTo(golden.getKey());
            assertThat(decoded.data().eventType()).isEqualTo(golden.getKey());
            JsonNode expected = EventCodec.mapper().readTree(golden.getValue());
            JsonNode actual = EventCodec.mapper().readTree(EventCodec.encode(decoded));
            assertThat(actual).isEqualTo(expected);
        }));
    }

    @Test
    void every_registered_type_has_a_golden_file() {
        assertThat(GoldenEvents.all().keySet()).containsExactlyInAnyOrderElementsOf(EventTypes.all());
    }
}
