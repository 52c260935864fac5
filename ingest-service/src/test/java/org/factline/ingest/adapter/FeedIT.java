package org.factline.ingest.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.factline.deploy.testing.FactlineInfraResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds served by a local HTTP server in the test (loopback only), polled by the real service. */
@QuarkusTest
@QuarkusTestResource(value = FactlineInfraResource.class, restrictToAnnotatedClass = true)
class FeedIT {

    private HttpServer server;
    private final AtomicInteger notModifiedAnswers = new AtomicInteger();
    private final AtomicInteger brokenAnswers = new AtomicInteger();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void serveFeeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss.xml", this::rss);
        server.createContext("/atom.xml", exchange -> reply(exchange, 200, atom(), "application/atom+xml", null));
        server.createContext("/story/", exchange -> reply(exchange, 200, "<html><body><article><p>Page of "
                + exchange.getRequestURI().getPath() + " says 7 boats left port. " + run + "</p></article></body></html>",
                "text/html", null));
        server.createContext("/broken.xml", exchange -> {
            brokenAnswers.incrementAndGet();
            reply(exchange, 500, "down", "text/plain", null);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void rss(HttpExchange exchange) throws IOException {
        String etag = "\"v1-" + run + "\"";
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModifiedAnswers.incrementAndGet();
            reply(exchange, 304, "", "application/rss+xml", etag);
            return;
        }
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>"
                + item("one") + item("two") + "</channel></rss>";
        reply(exchange, 200, rss, "application/rss+xml", etag);
    }

    private String item(String name) {
        return "<item><title>Story " + name + "</title><link>" + base() + "/story/" + name + "-" + run + "</link>"
                + "<guid>" + run + "-" + name + "</guid><pubDate>Sun, 16 Nov 2025 08:00:00 GMT</pubDate>"
                + "<description>Summary " + name + "</description></item>";
    }

    private String atom() {
        return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><id>urn:a</id>"
                + "<updated>2025-11-16T08:00:00Z</updated><entry><title>Atom story</title><id>urn:" + run + ":atom</id>"
                + "<updated>2025-11-16T08:00:00Z</updated><summary>Atom summary: 3 ships waited. " + run + "</summary></entry></feed>";
    }

    private static void reply(HttpExchange exchange, int status, String body, String type, String etag) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        if (etag != null) {
            exchange.getResponseHeaders().add("ETag", etag);
        }
        exchange.sendResponseHeaders(status, status == 304 ? -1 : bytes.length);
        if (status != 304) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Test
    void new_rss_items_are_fetched_and_ingested_once_and_later_polls_are_conditional() {
        String id = given().contentType("application/json").body("{\"url\":\"" + base() + "/rss.xml\",\"pollInterval\":\"1\"}")
                .post("/feeds").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/feeds/" + id).then()
                .body("itemsIngested", equalTo(2)).body("notModified", greaterThanOrEqualTo(1)).body("status", equalTo("active")));
        assertThat(notModifiedAnswers.get()).isGreaterThanOrEqualTo(1);
        given().contentType("application/json").body("{\"url\":\"" + base() + "/rss.xml\",\"pollInterval\":\"PT1S\"}")
                .post("/feeds").then().statusCode(200).body("id", equalTo(id));
        given().get("/feeds").then().statusCode(200).body("id", hasItem(id));
        given().delete("/feeds/" + id).then().statusCode(204);
        given().get("/feeds/" + id).then().statusCode(404);
    }

    @Test
    void atom_entries_without_a_link_are_ingested_from_their_summary() {
        String id = given().contentType("application/json").body("{\"url\":\"" + base() + "/atom.xml\",\"pollInterval\":\"1\"}")
                .post("/feeds").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/feeds/" + id).then().body("itemsIngested", equalTo(1)));
        given().delete("/feeds/" + id).then().statusCode(204);
    }

    @Test
    void a_failing_feed_backs_off_and_shows_why() {
        String id = given().contentType("application/json").body("{\"url\":\"" + base() + "/broken.xml\",\"pollInterval\":\"1\"}")
                .post("/feeds").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/feeds/" + id).then()
                .body("status", equalTo("backing-off")).body("consecutiveFailures", greaterThanOrEqualTo(2))
                .body("lastError", equalTo("HTTP 500")).body("nextPollAt", notNullValue()));
        String lastPolled = given().get("/feeds/" + id).then().extract().path("lastPolledAt");
        String next = given().get("/feeds/" + id).then().extract().path("nextPollAt");
        int failures = given().get("/feeds/" + id).then().extract().path("consecutiveFailures");
        // Backoff doubles the 1 s interval per consecutive failure.
        assertThat(Duration.between(Instant.parse(lastPolled), Instant.parse(next)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1L << Math.min(failures, 10)));
        given().delete("/feeds/" + id).then().statusCode(204);
    }

    @Test
    void bad_registrations_are_refused_with_the_field() {
        given().contentType("application/json").body("{\"url\":\"ftp://x/feed\",\"pollInterval\":\"60\"}").post("/feeds")
                .then().statusCode(400).body("errors.field", hasItem("url"));
        given().contentType("application/json").body("{\"url\":\"" + base() + "/rss.xml\",\"pollInterval\":\"soon\"}")
                .post("/feeds").then().statusCode(400).body("errors.field", hasItem("pollInterval"));
        given().contentType("application/json").body("{\"url\":\"" + base() + "/x.xml\",\"pollInterval\":\"PT0.1S\"}")
                .post("/feeds").then().statusCode(400).body("errors.field", hasItem("pollInterval"));
    }
}
