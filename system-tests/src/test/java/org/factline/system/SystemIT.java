package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.event.FactVersioned;
import org.factline.deploy.infra.EmbeddedInfrastructure;
import org.factline.deploy.testing.KafkaProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole slice as it runs under {@code ./factline up}: a real Kafka broker and MongoDB-wire
 * server, and the four packaged services as separate JVMs talking only through Kafka (and the
 * gateway to claims-service over HTTP).
 */
class SystemIT {

    private static final Path ROOT = Path.of(System.getProperty("factline.root.dir", "..")).toAbsolutePath().normalize();
    private static final Duration SLICE_TIMEOUT = Duration.ofSeconds(90);
    /** The gateway's first admin key for this run; generated here, never stored in the repo. */
    private static final String ADMIN_KEY = "system-test-" + UUID.randomUUID();

    @TempDir
    static Path work;

    static EmbeddedInfrastructure infra;
    static ServiceProcess ingest;
    static ServiceProcess extraction;
    static ServiceProcess claims;
    static ServiceProcess gateway;

    @BeforeAll
    static void startSystem() {
        infra = EmbeddedInfrastructure.forTests(work).start();
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers(),
                "MONGODB_URI", infra.mongoConnectionString());
        claims = new ServiceProcess(ROOT, "claims-service", env).start();
        extraction = new ServiceProcess(ROOT, "extraction-service", env).start();
        ingest = new ServiceProcess(ROOT, "ingest-service", env).start();
        Map<String, String> gatewayEnv = new java.util.HashMap<>(env);
        gatewayEnv.put("CLAIMS_SERVICE_URL", claims.url());
        gatewayEnv.put("INGEST_SERVICE_URL", ingest.url());
        gatewayEnv.put("FACTLINE_ADMIN_KEY", ADMIN_KEY);
        gateway = new ServiceProcess(ROOT, "api-gateway", gatewayEnv).start();
        for (ServiceProcess s : List.of(claims, extraction, ingest, gateway)) {
            await(s.name() + " ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> Http.ready(s));
        }
    }

    @AfterAll
    static void stopSystem() throws InterruptedException {
        for (ServiceProcess s : new ServiceProcess[] {gateway, ingest, extraction, claims}) {
            if (s != null) {
                s.close();
            }
        }
        if (infra != null) {
            infra.close();
        }
    }

    private static String article(String title, String text, String outlet) {
        ObjectNode a = JsonNodeFactory.instance.objectNode().put("title", title).put("text", text).put("outlet", outlet);
        return a.toString();
    }

    @Test
    void seed_article_makes_the_83_dead_fact_readable_from_the_gateway() throws IOException {
        Path seed = Path.of(System.getProperty("factline.shared.dir", "../shared"), "corpus/seeds/001_e6bf3fbdcd1bfe9d.txt");
        Assumptions.assumeTrue(Files.exists(seed), "shared corpus absent (" + seed + "): seed check skipped");
        String content = Files.readString(seed);
        int nl = content.indexOf('\n');
        Http.Reply posted = Http.post(ingest.url() + "/articles",
                article(content.substring(0, nl), content.substring(nl + 1), "seed-001"));
        assertThat(posted.status()).isEqualTo(202);

        await("fact deaths:person at the gateway").atMost(SLICE_TIMEOUT).untilAsserted(() -> {
            Http.Reply fact = Http.get(gateway.url() + "/api/v1/facts/deaths:person", ADMIN_KEY);
            assertThat(fact.status()).isEqualTo(200);
            assertThat(fact.body().at("/value/quantity/low").asInt()).isEqualTo(83);
            assertThat(fact.body().at("/outlets/0").asText()).isEqualTo("seed-001");
        });
    }

    @Test
    void killing_extraction_mid_stream_loses_no_claim_and_duplicates_none() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        int perPhase = 15;
        List<String> outlets = new ArrayList<>();
        for (int i = 1; i <= perPhase; i++) {
            outlets.add(postTonnes(run, i));
        }
        extraction.kill(); // likely mid-batch: offsets of claims already published are not committed
        for (int i = perPhase + 1; i <= 2 * perPhase; i++) {
            outlets.add(postTonnes(run, i)); // accepted while extraction is down
        }
        extraction = new ServiceProcess(ROOT, "extraction-service", Map.of("KAFKA_BOOTSTRAP_SERVERS",
                infra.kafkaBootstrapServers(), "MONGODB_URI", infra.mongoConnectionString())).start();

        int total = 2 * perPhase;
        await("all claims attached exactly once").atMost(SLICE_TIMEOUT).untilAsserted(() -> {
            Http.Reply fact = Http.get(gateway.url() + "/api/v1/facts/count:tonne", ADMIN_KEY);
            assertThat(fact.status()).isEqualTo(200);
            assertThat(fact.body().path("version").asInt()).isEqualTo(total);
        });
        JsonNode fact = Http.get(gateway.url() + "/api/v1/facts/count:tonne", ADMIN_KEY).body();
        List<String> claimIds = new ArrayList<>();
        fact.path("claimIds").forEach(n -> claimIds.add(n.asText()));
        assertThat(claimIds).hasSize(total).doesNotHaveDuplicates();
        List<String> factOutlets = new ArrayList<>();
        fact.path("outlets").forEach(n -> factOutlets.add(n.asText()));
        assertThat(factOutlets).containsExactlyInAnyOrderElementsOf(outlets);

        List<Long> versions = KafkaProbe.of(infra.kafkaBootstrapServers()).readUntil(Topics.FACTS,
                seen -> seen.stream().filter(r -> "count:tonne".equals(r.key())).count() >= total, Duration.ofSeconds(30))
                .stream().filter(r -> "count:tonne".equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), FactVersioned.class).data().version()).toList();
        assertThat(versions).as("each fact version published once, in order").hasSize(total)
                .isSorted().doesNotHaveDuplicates();
        assertThat(new HashSet<>(versions)).hasSize(total);
    }

    private static String postTonnes(String run, int i) {
        String outlet = "crash-" + run + "-" + i;
        Http.Reply r = Http.post(ingest.url() + "/articles", article("Cargo " + i,
                "The quay handled at least " + i + " tonnes of grain today.", outlet));
        assertThat(r.status()).as("article %d accepted", i).isEqualTo(202);
        return outlet;
    }
}
