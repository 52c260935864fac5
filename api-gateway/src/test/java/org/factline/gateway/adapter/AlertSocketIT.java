package org.factline.gateway.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.gateway.support.AlertEvents.detected;
import static org.factline.gateway.support.AlertEvents.resolved;
import static org.factline.gateway.support.AlertEvents.send;
import static org.factline.gateway.support.AlertEvents.slug;
import static org.factline.gateway.support.TestKeys.issue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.gateway.adapter.in.websocket.AlertSocket;
import org.factline.gateway.application.AlertFeed;
import org.factline.gateway.support.WsClient;
import org.junit.jupiter.api.Test;

/**
 * Live alerts over a WebSocket with a real client (the JDK's): the key in the first message or in
 * the upgrade request's Authorization header, the SSE filters, and resume with {@code after}.
 * The auth timeout is 1 s in tests.
 */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class AlertSocketIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AlertFeed feed;

    @Inject
    AlertSocket socket;

    @Test
    void a_browser_style_client_authenticates_by_message_and_resumes_after_a_disconnect() throws Exception {
        String key = issue("reader");
        String slug = slug("ws");
        String factKey = "arrival:" + slug;
        String lastSeen;
        int followersBefore = feed.followers();
        try (WsClient ws = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws?after=0&factKey=" + factKey)) {
            ws.auth(key);
            JsonNode ready = ws.next(WAIT);
            assertThat(ready.path("type").asText()).isEqualTo("ready");
            assertThat(ready.path("after").asLong()).isZero();
            send(slug, detected(slug, 1, 0.45));
            JsonNode alert = ws.next(WAIT);
            assertThat(alert.path("type").asText()).isEqualTo("alert");
            assertThat(alert.path("event").asText()).isEqualTo(ContradictionDetected.TYPE);
            assertThat(alert.path("data").path("id").asText()).isEqualTo("fact-" + factKey + "-v1-1");
            assertThat(alert.path("data").path("data").path("severity").asDouble()).isEqualTo(0.45);
            lastSeen = alert.path("id").asText();
        }
        Awaitility.await().atMost(WAIT).until(() -> feed.followers() == followersBefore);
        send(slug, resolved(slug)); // missed while disconnected
        send(slug, detected(slug, 2, 0.7));

        try (WsClient again = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws?factKey=" + factKey + "&after=" + lastSeen)) {
            again.auth(key);
            JsonNode missed1 = again.nextAlert(WAIT);
            JsonNode missed2 = again.nextAlert(WAIT);
            assertThat(missed1.path("event").asText()).isEqualTo(ContradictionResolved.TYPE);
            assertThat(missed2.path("data").path("id").asText()).isEqualTo("fact-" + factKey + "-v2-1");
            assertThat(Long.parseLong(missed1.path("id").asText())).isGreaterThan(Long.parseLong(lastSeen));
            send(slug, detected(slug, 3, 0.2)); // live
            assertThat(again.next(WAIT).path("data").path("id").asText()).isEqualTo("fact-" + factKey + "-v3-1");
            assertThat(again.pending()).as("nothing sent twice").isZero();
        }
    }

    @Test
    void the_filters_are_those_of_the_sse_stream() throws Exception {
        String key = issue("fact-checker");
        String slug = slug("ws");
        String factKey = "arrival:" + slug;
        try (WsClient severe = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws?after=0&minSeverity=0.5&factKey=" + factKey);
             WsClient byOutlet = WsClient.connect(RestAssured.port,
                     "/api/v1/alerts/ws?after=0&predicate=arrival&subject=harbour%20tug&outlet=Elsewhere.NET&factKey=" + factKey)) {
            severe.auth(key);
            byOutlet.auth(key);
            assertThat(severe.next(WAIT).path("type").asText()).isEqualTo("ready");
            assertThat(byOutlet.next(WAIT).path("type").asText()).isEqualTo("ready");
            send(slug, detected(slug, 1, 0.45));
            send(slug, detected(slug, 2, 0.9).replace("\"example.com\"", "\"elsewhere.net\""));
            assertThat(severe.next(WAIT).path("data").path("id").asText()).isEqualTo("fact-" + factKey + "-v2-1");
            assertThat(byOutlet.next(WAIT).path("data").path("id").asText()).isEqualTo("fact-" + factKey + "-v2-1");
        }
    }

    @Test
    void a_non_browser_client_may_send_the_key_as_a_bearer_header() throws Exception {
        String slug = slug("ws");
        try (WsClient ws = WsClient.connectWithHeader(RestAssured.port, "/api/v1/alerts/ws?after=0&factKey=arrival:" + slug,
                issue("reader"))) {
            assertThat(ws.next(WAIT).path("type").asText()).isEqualTo("ready");
            send(slug, detected(slug, 1, 0.3));
            assertThat(ws.next(WAIT).path("data").path("id").asText()).isEqualTo("fact-arrival:" + slug + "-v1-1");
        }
    }

    @Test
    void without_a_valid_reader_key_in_time_the_socket_is_closed_with_a_clear_reason() throws Exception {
        try (WsClient silent = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws")) {
            WsClient.Closed closed = silent.closedBy(WAIT);
            assertThat(closed.code()).isEqualTo(4401);
            assertThat(closed.reason()).contains("auth").contains("within 1 s");
        }
        try (WsClient unknown = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws")) {
            unknown.auth("fl_0123456789abcdef_nope");
            WsClient.Closed closed = unknown.closedBy(WAIT);
            assertThat(closed.code()).isEqualTo(4401);
            assertThat(closed.reason()).contains("unknown").doesNotContain("fl_0123456789abcdef_nope");
        }
        try (WsClient ingester = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws")) {
            ingester.auth(issue("ingester"));
            WsClient.Closed closed = ingester.closedBy(WAIT);
            assertThat(closed.code()).isEqualTo(4403);
            assertThat(closed.reason()).contains("reader role");
        }
        try (WsClient chatty = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws")) {
            chatty.send("hello");
            assertThat(chatty.closedBy(WAIT).code()).isEqualTo(4400);
        }
        try (WsClient limited = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws")) {
            String key = issue(1, "reader");
            RestAssured.given().header("Authorization", "Bearer " + key).get("/api/v1/alerts/recent").then().statusCode(200);
            limited.auth(key); // the limit of 1 a minute is used up
            assertThat(limited.closedBy(WAIT).code()).isEqualTo(4429);
        }
        Awaitility.await().atMost(WAIT).until(() -> socket.sessions() == 0);
    }

    @Test
    void bad_filters_close_the_socket_naming_the_parameter() throws Exception {
        try (WsClient ws = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws?minSeverity=2")) {
            WsClient.Closed closed = ws.closedBy(WAIT);
            assertThat(closed.code()).isEqualTo(4400);
            assertThat(closed.reason()).contains("minSeverity");
        }
        try (WsClient ws = WsClient.connect(RestAssured.port, "/api/v1/alerts/ws?after=yesterday")) {
            assertThat(ws.closedBy(WAIT).reason()).contains("after");
        }
    }
}
