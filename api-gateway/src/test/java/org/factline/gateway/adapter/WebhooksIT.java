package org.factline.gateway.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.gateway.support.TestKeys.as;
import static org.factline.gateway.support.TestKeys.issue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.GoldenEvents;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.deploy.testing.KafkaProbe;
import org.factline.gateway.domain.WebhookSignature;
import org.junit.jupiter.api.Test;

/** Webhook delivery to a receiver on loopback that fails twice, then accepts. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class WebhooksIT {

    /** What the receiver got on one attempt, and what it answered. */
    record Attempt(int answered, byte[] body, String signature, String eventId) {
    }

    @Test
    void an_alert_is_retried_with_backoff_until_the_receiver_accepts_it_and_the_status_shows_it() throws Exception {
        List<Attempt> attempts = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.createContext("/hook", x -> {
            try (x) {
                byte[] body = x.getRequestBody().readAllBytes();
                int status = calls.incrementAndGet() <= 2 ? 500 : 204;
                attempts.add(new Attempt(status, body, x.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                        x.getRequestHeaders().getFirst("X-Factline-Event-Id")));
                x.sendResponseHeaders(status, -1);
            }
        });
        receiver.start();
        try {
            String key = issue("reader");
            String slug = "hook-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
            Response created = as(key).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                            "factKey", "arrival:" + slug))
                    .post("/api/v1/subscriptions");
            created.then().statusCode(201);
            String id = created.path("id");
            String secret = created.path("secret");
            assertThat(secret).isNotBlank();

            KafkaProbe.shared().send(Topics.FACTS, "arrival:" + slug, GoldenEvents.json(ContradictionDetected.TYPE)
                    .replace("arrival:harbour-tug", "arrival:" + slug));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> attempts.size() >= 3);
            assertThat(attempts).extracting(Attempt::answered).containsExactly(500, 500, 204);
            for (Attempt a : attempts) {
                assertThat(new String(a.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("c-arrival:" + slug + "-1");
                assertThat(a.signature()).isEqualTo(WebhookSignature.of(secret, a.body()));
                assertThat(a.eventId()).isEqualTo("fact-arrival:" + slug + "-v3-1");
            }
            assertThat(attempts.get(2).body()).isEqualTo(attempts.get(0).body());

            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    as(key).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                            .body("delivered", equalTo(1)).body("failedAttempts", equalTo(0))
                            .body("lastStatus", equalTo(204)).body("secret", nullValue()));
            // Another subscriber cannot see it; the owner can cancel it.
            as(issue("reader")).get("/api/v1/subscriptions/" + id).then().statusCode(404);
            as(key).delete("/api/v1/subscriptions/" + id).then().statusCode(204);
            as(key).get("/api/v1/subscriptions/" + id).then().statusCode(404).contentType("application/problem+json");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void a_subscription_needs_an_http_url_and_a_sane_filter() {
        String key = issue("reader");
        as(key).contentType(ContentType.JSON).body(Map.of("url", "file:///etc/passwd")).post("/api/v1/subscriptions")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("http"));
        as(key).contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/x", "minSeverity", 3))
                .post("/api/v1/subscriptions").then().statusCode(400).body("detail", containsString("minSeverity"));
        as(issue("ingester")).contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/x"))
                .post("/api/v1/subscriptions").then().statusCode(403);
    }
}
