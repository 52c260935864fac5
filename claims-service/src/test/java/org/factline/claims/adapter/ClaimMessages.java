package org.factline.claims.adapter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Precision;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.TimeInterval;
import org.factline.deploy.testing.KafkaProbe;

/** Sends claim events to the real claims topic, as extraction-service would. */
final class ClaimMessages {

    private ClaimMessages() {
    }

    /** A fresh fact key, so tests sharing the broker and store never see each other's facts. */
    static FactKey freshKey(String predicate) {
        return FactKey.of(predicate, "person-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** An exact count reported for {@code day} (null: no reference time). */
    static void sendExact(FactKey key, String claimId, String outlet, String day, String n) {
        BigDecimal v = new BigDecimal(n);
        TimeInterval reference = null;
        if (day != null) {
            Instant start = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
            reference = new TimeInterval(day, Precision.DAY, start, start.plusSeconds(86_400));
        }
        ClaimExtracted claim = new ClaimExtracted(claimId, key, "person", key.predicate(),
                ClaimValue.of(new Quantity(v, "person", Qualifier.EXACT, v, v)), reference, Attribution.articleVoice(),
                new Provenance("art-" + claimId, outlet, null, 0, 20, n + " people were killed", "en.quantity.count-noun",
                        "0.1.0", 0.6), Instant.now());
        KafkaProbe.shared().send(Topics.CLAIMS, key.value(),
                EventCodec.encode(EventEnvelope.wrap("claim-" + claimId, "test", key.value(), Instant.now(), claim)));
    }
}
