package org.factline.extraction.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ArticleIngested;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.deploy.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/** Through the real broker: an ArticleIngested in, its ClaimExtracted out; poison to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class ExtractionFlowIT {

    @ConfigProperty(name = "mp.messaging.incoming.articles-in.topic")
    String articlesTopic;

    @Test
    void the_consumed_topic_is_the_contract_topic() {
        assertThat(articlesTopic).isEqualTo(Topics.ARTICLES);
    }

    @Test
    void an_ingested_article_yields_its_claims_keyed_by_fact_key() {
        String id = UUID.randomUUID().toString().substring(0, 16);
        ArticleIngested article = new ArticleIngested(id, null, "test.example", "Port", "The port said 21 boats left. "
                + "At least 83 people dead after the storm.", Instant.parse("2025-11-16T08:00:00Z"), "en", List.of(),
                "sha256:" + id, null, Instant.now());
        KafkaProbe probe = KafkaProbe.shared();
        probe.send(Topics.ARTICLES, id, EventCodec.encode(EventEnvelope.wrap("article-" + id, "test", id, Instant.now(), article)));

        List<ClaimExtracted> claims = probe.readUntil(Topics.CLAIMS, seen -> claimsOf(seen, id).size() >= 2, Duration.ofSeconds(30))
                .stream().filter(r -> r.value().contains(id)).map(r -> {
                    ClaimExtracted c = EventCodec.decode(r.value(), ClaimExtracted.class).data();
                    assertThat(r.key()).isEqualTo(c.measure().value());
                    return c;
                }).filter(c -> c.provenance().articleId().equals(id)).toList();
        assertThat(claims).extracting(c -> c.measure().value()).containsExactlyInAnyOrder("count:boat", "deaths:person");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/extractions/" + id).then().statusCode(200).body("claimIds", hasSize(2)));
    }

    @Test
    void a_poison_message_goes_to_the_dead_letter_topic_and_the_consumer_moves_on() {
        String key = "poison-" + UUID.randomUUID();
        KafkaProbe probe = KafkaProbe.shared();
        probe.send(Topics.ARTICLES, key, "{\"type\":\"article.ArticleIngested.v1\",\"broken\":");
        List<ConsumerRecord<String, String>> dead = probe.readUntil(Topics.DEAD_LETTER,
                seen -> seen.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        String reason = new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertThat(reason).contains("not JSON");

        an_ingested_article_yields_its_claims_keyed_by_fact_key(); // still consuming after the poison
    }

    private static List<ConsumerRecord<String, String>> claimsOf(List<ConsumerRecord<String, String>> seen, String articleId) {
        return seen.stream().filter(r -> r.value().contains("\"articleId\" : \"" + articleId + "\"")
                || r.value().contains("\"articleId\":\"" + articleId + "\"")).toList();
    }
}
