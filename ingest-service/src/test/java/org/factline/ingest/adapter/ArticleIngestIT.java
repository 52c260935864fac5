package org.factline.ingest.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
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

/** Single-article intake through the real broker and MongoDB-wire server. */
@QuarkusTest
@QuarkusTestResource(value = FactlineInfraResource.class, restrictToAnnotatedClass = true)
class ArticleIngestIT {

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    private static String body(String url, String text) {
        return "{\"title\":\"Harbour\",\"url\":\"" + url + "\",\"text\":\"" + text + "\",\"publishedAt\":\"2025-11-16T08:00:00Z\"}";
    }

    static ArticleIngested published(String id) {
        List<ConsumerRecord<String, String>> records = KafkaProbe.shared().readUntil(Topics.ARTICLES,
                seen -> seen.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        return records.stream().filter(r -> id.equals(r.key())).findFirst()
                .map(r -> EventCodec.decode(r.value(), ArticleIngested.class).data()).orElseThrow();
    }

    @Test
    void accepted_article_is_stored_then_published_with_its_detected_language() {
        String url = "https://example.org/harbour/" + UUID.randomUUID();
        String id = given().contentType("application/json")
                .body(body(url, "The harbour authority said at least 12 ships were waiting outside the port. " + url))
                .post("/articles").then().statusCode(202).body("status", equalTo("accepted")).extract().path("id");

        ArticleIngested event = published(id);
        assertThat(event.outlet()).isEqualTo("example.org");
        assertThat(event.text()).contains("at least 12 ships");
        assertThat(event.language()).isEqualTo("en");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/articles/" + id).then().statusCode(200).body("status", is("published")).body("language", is("en")));
    }

    @Test
    void html_is_reduced_to_article_text_with_the_pages_metadata() {
        String marker = UUID.randomUUID().toString();
        String html = "<html><head><meta property='og:title' content='Cranes down'><meta name='author' content='Jo Reporter'>"
                + "<meta property='article:published_time' content='2025-11-15T07:00:00Z'></head><body><nav>Home World</nav>"
                + "<article><p>Two cranes were damaged by the storm, the port said. " + marker + "</p>"
                + "<div class='newsletter-signup'><p>Sign up for our newsletter</p></div></article></body></html>";
        String id = given().contentType("application/json")
                .body("{\"html\":" + quote(html) + ",\"outlet\":\"port-news\",\"tags\":[\"ports\"]}")
                .post("/articles").then().statusCode(202).extract().path("id");
        given().get("/articles/" + id).then().statusCode(200)
                .body("title", equalTo("Cranes down"))
                .body("authors", hasItem("Jo Reporter"))
                .body("publishedAt", equalTo("2025-11-15T07:00:00Z"))
                .body("tags", hasItem("ports"))
                .body("text", containsString(marker))
                .body("text", org.hamcrest.Matchers.not(containsString("newsletter")));
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
    void a_syndicated_copy_is_stored_linked_to_its_original_and_the_event_says_so() {
        String story = unique("Wire") + " The harbour authority said on Monday that twelve container ships were held "
                + "outside the port after a storm damaged two cranes, and that repairs would take at least a week. "
                + "Shipping agents said the delay would push up freight rates for grain and fertiliser on the coast.";
        String original = given().contentType("application/json").body("{\"text\":" + quote(story) + ",\"outlet\":\"wire\"}")
                .post("/articles").then().statusCode(202).extract().path("id");
        String copy = given().contentType("application/json")
                .body("{\"text\":" + quote("CARACAS (Wire) - " + story.replace("on Monday", "on Monday morning")) + ",\"outlet\":\"daily\"}")
                .post("/articles").then().statusCode(202).body("status", equalTo("accepted"))
                .body("nearDuplicateOf", equalTo(original)).extract().path("id");
        assertThat(copy).isNotEqualTo(original);
        ArticleIngested event = published(copy);
        assertThat(event.nearDuplicate().originalArticleId()).isEqualTo(original);
        assertThat(event.nearDuplicate().similarity()).isBetween(0.7, 1.0);
        assertThat(published(original).nearDuplicate()).isNull();
    }

    @Test
    void every_rejection_names_its_field_and_stores_nothing() {
        rejected("{\"title\":\"no text\",\"url\":\"https://example.org/x\"}", "text");
        rejected("{\"text\":\"t\",\"html\":\"<p>h</p>\",\"outlet\":\"o\"}", "html");
        rejected("{\"text\":\"" + "x".repeat(2_097_153) + "\",\"outlet\":\"o\"}", "text");
        rejected("{\"text\":\"t\",\"outlet\":\"o\",\"publishedAt\":\"2025-02-30\"}", "publishedAt");
        rejected("{\"text\":\"t\",\"outlet\":\"o\",\"publishedAt\":\"2999-01-01\"}", "publishedAt");
        rejected("{\"text\":\"t\",\"url\":\"ftp://example.org/a\"}", "url");
        rejected("{\"text\":\"t\"}", "outlet");
        rejected("{\"text\":\"t\",\"outlet\":\"o\",\"language\":\"english\"}", "language");
        rejected("{\"text\":\"t\",\"outlet\":\"o\",\"txet\":\"typo\"}", "txet");
        given().contentType("application/json").body("{not json").post("/articles").then().statusCode(400)
                .contentType("application/problem+json");
        byte[] badUtf8 = "{\"text\":\"caf\u00e9\",\"outlet\":\"o\"}".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(badUtf8).post("/articles").then().statusCode(400)
                .body("detail", containsString("UTF-8"));
        given().get("/articles/nope").then().statusCode(404).contentType("application/problem+json");
    }

    private static void rejected(String json, String field) {
        given().contentType("application/json").body(json).post("/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)).body("id", nullValue());
    }

    @Test
    void readiness_checks_kafka_and_mongodb_and_metrics_are_exposed() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
        given().get("/q/health/ready").then().body("checks.name", hasItem("MongoDB connection health check"));
        given().contentType("application/json").body("{\"text\":\"\"}").post("/articles").then().statusCode(400);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("factline_ingest_relay_pending"))
                .body(containsString("factline_ingest_rejected_total{field=\"text\""));
    }

    static String quote(String s) {
        try {
            return EventCodec.mapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
