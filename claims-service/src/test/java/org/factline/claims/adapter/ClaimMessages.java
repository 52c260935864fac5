package org.factline.claims.adapter;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Precision;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.TimeInterval;
import org.factline.deploy.testing.KafkaProbe;

/** Sends claim events to the real claims topic, as extraction-service would, and reads fact events back. */
final class ClaimMessages {

    private ClaimMessages() {
    }

    /** A fresh fact key, so tests sharing the broker and store never see each other's facts. */
    static FactKey freshKey(String predicate) {
        return FactKey.of(predicate, "person-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A fresh name, so outlets and articles of one test never count in another's sources. */
    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An exact count reported for {@code day} (null: no reference time), from article {@code "art-" + claimId}. */
    static void sendExact(FactKey key, String claimId, String outlet, String day, String n) {
        send(exact(key, claimId, "art-" + claimId, outlet, day, n, "0.1.0", null));
    }

    /** An exact count read by extractor {@code version} from {@code articleId}, a copy of {@code copyOf} (or null). */
    static ClaimExtracted exact(FactKey key, String claimId, String articleId, String outlet, String day, String n,
                                String version, String copyOf) {
        BigDecimal v = new BigDecimal(n);
        TimeInterval reference = null;
        if (day != null) {
            Instant start = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
            reference = new TimeInterval(day, Precision.DAY, start, start.plusSeconds(86_400));
        }
        return new ClaimExtracted(claimId, key, "person", key.predicate(),
                ClaimValue.of(new Quantity(v, "person", Qualifier.EXACT, v, v)), reference, Attribution.articleVoice(),
                new Provenance(articleId, outlet, null, 0, 20, n + " people were killed", "en.quantity.count-noun",
                        version, 0.6, copyOf), Instant.now());
    }

    static void send(ClaimExtracted claim) {
        KafkaProbe.shared().send(Topics.CLAIMS, claim.measure().value(), EventCodec.encode(
                EventEnvelope.wrap("claim-" + claim.claimId(), "test", claim.measure().value(), Instant.now(), claim)));
    }

    /** The fact events published for {@code key}, read until {@code until} holds for them. */
    static List<FactlineEvent> factEvents(FactKey key, java.util.function.Predicate<List<FactlineEvent>> until) {
        List<ConsumerRecord<String, String>> records = KafkaProbe.shared().readUntil(Topics.FACTS,
                seen -> until.test(decodedFor(key, seen)), Duration.ofSeconds(30));
        return decodedFor(key, records);
    }

    private static List<FactlineEvent> decodedFor(FactKey key, List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> key.value().equals(r.key())).map(r -> EventCodec.decode(r.value()).data()).toList();
    }
}
