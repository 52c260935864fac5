package org.factline.ingest.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.event.ArticleIngested;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.deploy.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/** Through the real broker and MongoDB-wire server: POST an article, find its event on Kafka. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class ArticleIngestIT {

    private static String body(String url, String text) {
        return "{\"title\":\"Harbour\",\"url\":\"" + url + "\",\"text\":\"" + text + "\",\"publishedAt\":\"2025-11-16T08:00:00Z\"}";
    }

    @Test
    void accepted_article_is_stored_then_published_once_with_a_stable_event_id() {
        String url = "https://example.org/harbour/" + UUID.randomUUID();
        String id = given().contentType("application/json").body(body(url, "The harbour holds at least 12 ships " + url))
                .post("/articles").then().statusCode(202).body("status", equalTo("accepted")).extract().path("id");

        List<ConsumerRecord<String, String>> records = KafkaProbe.shared().readUntil(Topics.ARTICLES,
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        ArticleIngested event = EventCodec.decode(record.value(), ArticleIngested.class).data();
        assertThat(event.articleId()).isEqualTo(id);
        assertThat(event.outlet()).isEqualTo("example.org");
        assertThat(event.text()).contains("at least 12 ships");

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/articles/" + id).then().statusCode(200).body("status", is("published")));
    }

    @Test
    void reposting_the_same_url_or_the_same_text_answers_duplicate_with_the_first_id() {
        String url = "https://example.org/dup/" + UUID.randomUUID();
        String text = "Exactly one copy of this text " + url;
        String first = given().contentType("application/json").body(body(url, text)).post("/articles")
                .then().statusCode(202).extract().path("id");
        given().contentType("application/json").body(body(url + "#frag", "changed text " + url)).post("/articles")
                .then().statusCode(202).body("status", equalTo("duplicate")).body("id", equalTo(first));
        given().contentType("application/json").body(body("https://other.example/" + UUID.randomUUID(), text)).post("/articles")
                .then().statusCode(202).body("status", equalTo("duplicate")).body("id", equalTo(first));
    }

    @Test
    void bad_input_gets_a_problem_naming_the_field_and_stores_nothing() {
        given().contentType("application/json").body("{\"title\":\"no text\",\"url\":\"https://example.org/x\"}")
                .post("/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
        given().contentType("application/json").body("{\"text\":\"t\",\"outlet\":\"o\",\"txet\":\"typo\"}")
                .post("/articles").then().statusCode(400).body("errors[0].field", equalTo("txet"));
        given().contentType("application/json").body("{not json").post("/articles").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/articles/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readiness_checks_kafka_and_mongodb_and_metrics_are_exposed() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        given().get("/q/health/ready").then().body("checks.name", hasItem("MongoDB connection health check"));
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString("factline_ingest_relay_pending"));
    }
}
