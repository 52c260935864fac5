package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.factline.deploy.infra.EmbeddedInfrastructure;
import org.factline.deploy.testing.KafkaProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged claims-service as its own JVM, SIGKILLed while it works through a batch of claims:
 * after a restart every claim is attached once, and each fact version and each contradiction
 * alert reaches Kafka as exactly one event (a relay re-send after the kill would carry the same
 * envelope id, which readers de-duplicate; two different events for one version would not).
 */
class ClaimsConsumerCrashIT {

    private static final Path ROOT = Path.of(System.getProperty("factline.root.dir", "..")).toAbsolutePath().normalize();
    private static final int CLAIMS = 150;

    @TempDir
    static Path work;

    static EmbeddedInfrastructure infra;
    static ServiceProcess claims;

    @BeforeAll
    static void start() {
        infra = EmbeddedInfrastructure.forTests(work).start();
        claims = startClaims();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (claims != null) {
            claims.close();
        }
        if (infra != null) {
            infra.close();
        }
    }

    private static ServiceProcess startClaims() {
        ServiceProcess s = new ServiceProcess(ROOT, "claims-service", Map.of("KAFKA_BOOTSTRAP_SERVERS",
                infra.kafkaBootstrapServers(), "MONGODB_URI", infra.mongoConnectionString())).start();
        await("claims-service ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> Http.ready(s));
        return s;
    }

    /** Reward amounts that alternate, so every claim after the first opens a contradiction. */
    private static String claim(FactKey key, int i) {
        BigDecimal amount = BigDecimal.valueOf(i % 2 == 0 ? 50_000_000 : 25_000_000);
        String id = "crash-" + key.value() + "-" + i;
        ClaimExtracted c = new ClaimExtracted(id, key, "reward", "amount",
                ClaimValue.of(new Quantity(amount, "usd", Qualifier.EXACT, amount, amount)), null, Attribution.articleVoice(),
                new Provenance("art-" + id, "outlet-" + i + ".example", null, 0, 22, "a reward of " + amount + " dollars",
                        "en.quantity.money", "0.1.0", 0.7), Instant.now());
        return EventCodec.encode(EventEnvelope.wrap("claim-" + id, "system-test", key.value(), Instant.now(), c));
    }

    private static long version(FactKey key) {
        Http.Reply r = Http.get(claims.url() + "/internal/v1/facts/" + key.value());
        return r.status() == 200 ? r.body().path("version").asLong() : 0;
    }

    @Test
    void killing_claims_service_mid_batch_makes_no_duplicate_version_or_alert() throws InterruptedException {
        FactKey key = FactKey.of("amount", "reward-" + UUID.randomUUID().toString().substring(0, 8));
        KafkaProbe kafka = KafkaProbe.of(infra.kafkaBootstrapServers());
        for (int i = 1; i <= CLAIMS; i++) {
            kafka.send(Topics.CLAIMS, key.value(), claim(key, i));
        }
        await("some claims attached").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> version(key) >= 3);
        claims.kill(); // mid-batch: the consumer's offsets for the claims it stored are not all committed
        claims = startClaims();

        await("every claim attached once").atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(version(key)).isEqualTo(CLAIMS));
        Http.Reply fact = Http.get(claims.url() + "/internal/v1/facts/" + key.value());
        assertThat(fact.body().path("claimIds").size()).isEqualTo(CLAIMS);
        assertThat(fact.body().path("openContradictions").asInt()).isEqualTo(CLAIMS - 1);

        List<ConsumerRecord<String, String>> records = kafka.readUntil(Topics.FACTS, seen -> seen.stream()
                .filter(r -> key.value().equals(r.key())).map(r -> EventCodec.decode(r.value()).data())
                .anyMatch(e -> e instanceof FactVersioned v && v.version() == CLAIMS), Duration.ofSeconds(60));
        Map<Long, String> envelopeOfVersion = new HashMap<>();
        Map<String, String> envelopeOfContradiction = new HashMap<>();
        List<Long> versions = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            if (!key.value().equals(r.key())) {
                continue;
            }
            EventEnvelope<FactlineEvent> e = EventCodec.decode(r.value());
            if (e.data() instanceof FactVersioned v) {
                assertThat(envelopeOfVersion.putIfAbsent(v.version(), e.id())).as("version %d published as one event", v.version())
                        .isIn(null, e.id());
                versions.add(v.version());
            } else if (e.data() instanceof ContradictionDetected d) {
                assertThat(envelopeOfContradiction.putIfAbsent(d.contradictionId(), e.id()))
                        .as("alert %s published as one event", d.contradictionId()).isIn(null, e.id());
            }
        }
        assertThat(envelopeOfVersion.keySet()).hasSize(CLAIMS);
        assertThat(versions).as("versions in stream order").isSorted();
        assertThat(envelopeOfContradiction).hasSize(CLAIMS - 1);
    }
}
