package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's acceptance run: the five seed articles of {@code ../shared/corpus/seeds} (read at run
 * time, never copied) posted to ingest-service as {@code ./factline ingest} would, each as its own
 * outlet, through the real broker and store. Skipped, saying so, when the shared corpus is absent.
 */
class SeedsSystemIT {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(120);
    private static final Path SEEDS = FactlineSystem.SHARED.resolve("corpus/seeds");

    @TempDir
    static Path work;

    static FactlineSystem system;

    @BeforeAll
    static void ingestSeeds() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "shared corpus absent (" + SEEDS + "): seed run skipped");
        system = FactlineSystem.start(work);
        List<Path> files;
        try (Stream<Path> list = Files.list(SEEDS)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).as("seed articles").hasSize(5);
        for (Path file : files) {
            String content = Files.readString(file);
            int nl = content.indexOf('\n');
            ObjectNode article = JsonNodeFactory.instance.objectNode().put("title", content.substring(0, nl).strip())
                    .put("text", content.substring(nl + 1)).put("outlet", "seed-" + file.getFileName().toString().substring(0, 3));
            assertThat(Http.post(system.ingest().url() + "/articles", article.toString()).status()).isEqualTo(202);
        }
    }

    @AfterAll
    static void stopSystem() throws InterruptedException {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void ford_arrival_on_november_16_against_by_november_11_is_an_open_contradiction() {
        await("Ford arrival contradiction").atMost(PIPELINE_TIMEOUT).untilAsserted(() -> {
            List<JsonNode> arrival = new ArrayList<>();
            items(get("/api/v1/contradictions?status=open&limit=200")).forEach(c -> {
                if (c.path("predicate").asText().equals("arrival") && c.path("factKey").asText().contains("ford")) {
                    arrival.add(c);
                }
            });
            assertThat(arrival).as("open arrival contradictions about the Ford").isNotEmpty();
            Set<String> timexes = new TreeSet<>();
            for (JsonNode c : arrival) {
                assertThat(c.at("/existing/outlet").asText()).isNotEqualTo(c.at("/incoming/outlet").asText());
                timexes.add(c.at("/existing/value/time/timex").asText());
                timexes.add(c.at("/incoming/value/time/timex").asText());
            }
            assertThat(timexes).contains("2025-11-16", "2025-11-11");
        });
    }

    @Test
    void death_toll_strike_count_and_reward_are_each_corroborated_by_two_outlets() {
        await("corroborated seed facts").atMost(PIPELINE_TIMEOUT).untilAsserted(() -> {
            assertCorroborated(factWithQuantity("deaths", new BigDecimal("83")), "death toll of at least 83");
            assertCorroborated(factWithQuantity("count", new BigDecimal("21")), "21 boats or strikes");
            assertCorroborated(factWithQuantity(null, new BigDecimal("50000000")), "$50 million reward");
        });
    }

    @Test
    void no_contradiction_is_raised_between_compatible_values() {
        // Wait for the pipeline to have judged the seeds, then look at every contradiction it raised.
        await("seed facts judged").atMost(PIPELINE_TIMEOUT)
                .untilAsserted(() -> assertThat(factWithQuantity("deaths", new BigDecimal("83"))).isNotNull());
        JsonNode all = items(get("/api/v1/contradictions?limit=200"));
        for (JsonNode c : all) {
            assertThat(SeedIntervals.overlap(c.path("existing"), c.path("incoming")))
                    .as("contradiction %s on %s joins values that overlap: %s vs %s", c.path("contradictionId").asText(),
                            c.path("factKey").asText(), c.at("/existing/quote").asText(), c.at("/incoming/quote").asText())
                    .isFalse();
        }
    }

    private static void assertCorroborated(JsonNode fact, String what) {
        assertThat(fact).as(what + " fact").isNotNull();
        assertThat(fact.path("status").asText()).as(what + " status").isEqualToIgnoringCase("corroborated");
        Set<String> outlets = new TreeSet<>();
        fact.path("outlets").forEach(o -> outlets.add(o.asText()));
        assertThat(outlets).as(what + " outlets").hasSizeGreaterThanOrEqualTo(2);
    }

    /** The fact (of {@code predicate}, or any) whose current value is a quantity with this number. */
    private static JsonNode factWithQuantity(String predicate, BigDecimal value) {
        String query = predicate == null ? "/api/v1/facts?limit=200" : "/api/v1/facts?limit=200&predicate=" + predicate;
        for (JsonNode fact : items(get(query))) {
            JsonNode v = fact.at("/value/quantity/value");
            if (v.isNumber() && v.decimalValue().compareTo(value) == 0) {
                return fact;
            }
        }
        return null;
    }

    private static JsonNode get(String path) {
        Http.Reply reply = Http.get(system.gateway().url() + path, system.adminKey);
        if (reply.status() != 200) {
            throw new UncheckedIOException(new IOException("GET " + path + " answered " + reply.status() + ": " + reply.body()));
        }
        return reply.body();
    }

    private static JsonNode items(JsonNode page) {
        return page.isArray() ? page : page.path("items");
    }
}
