package org.factline.gateway.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.gateway.support.AlertEvents.detected;
import static org.factline.gateway.support.AlertEvents.resolved;
import static org.factline.gateway.support.AlertEvents.send;
import static org.factline.gateway.support.AlertEvents.slug;
import static org.factline.gateway.support.TestKeys.as;
import static org.factline.gateway.support.TestKeys.issue;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.gateway.application.AlertFeed;
import org.factline.gateway.domain.AlertFilter;
import org.factline.gateway.domain.AlertLog;
import org.factline.gateway.support.SseClient;
import org.junit.jupiter.api.Test;

/** Live alerts over SSE, from Kafka through the alert log, with filters and resume after a disconnect. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class AlertStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AlertLog log;

    @Inject
    AlertFeed feed;

    @Test
    void a_client_that_reconnects_with_last_event_id_gets_exactly_what_it_missed_then_live_alerts() throws Exception {
        String key = issue("reader");
        String slug = slug("sse");
        String factKey = "arrival:" + slug;
        String stream = "/api/v1/alerts?after=0&factKey=" + factKey;

        String firstId;
        try (SseClient first = SseClient.connect(RestAssured.port, stream, key, null)) {
            send(slug, detected(slug, 1, 0.45));
            SseClient.Event e1 = first.next(WAIT);
            assertThat(e1.name()).isEqualTo(ContradictionDetected.TYPE);
            assertThat(e1.data()).contains("fact-" + factKey + "-v1-1");
            firstId = e1.id();
        }
        // The gateway notices the disconnect and drops the follower.
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> feed.followers() == 0);
        // Disconnected: two more alerts arrive meanwhile.
        send(slug, resolved(slug));
        send(slug, detected(slug, 2, 0.7));

        try (SseClient again = SseClient.connect(RestAssured.port, "/api/v1/alerts?factKey=" + factKey, key, firstId)) {
            SseClient.Event missed1 = again.next(WAIT);
            SseClient.Event missed2 = again.next(WAIT);
            assertThat(missed1.name()).isEqualTo(ContradictionResolved.TYPE);
            assertThat(missed2.data()).contains("fact-" + factKey + "-v2-1");
            assertThat(Long.parseLong(missed1.id())).isGreaterThan(Long.parseLong(firstId));
            assertThat(Long.parseLong(missed2.id())).isGreaterThan(Long.parseLong(missed1.id()));

            send(slug, detected(slug, 3, 0.2)); // live, after the replay
            SseClient.Event live = again.next(WAIT);
            assertThat(live.data()).contains("fact-" + factKey + "-v3-1");
            assertThat(again.pending()).as("nothing sent twice, nothing extra").isZero();
        }
    }

    @Test
    void filters_pick_alerts_by_fact_key_predicate_and_minimum_severity() throws Exception {
        String key = issue("fact-checker");
        String slug = slug("sse");
        String factKey = "arrival:" + slug;
        try (SseClient severe = SseClient.connect(RestAssured.port, "/api/v1/alerts?after=0&minSeverity=0.5&factKey=" + factKey, key, null);
             SseClient byPredicate = SseClient.connect(RestAssured.port, "/api/v1/alerts?after=0&predicate=arrival&factKey=" + factKey, key, null)) {
            send(slug, detected(slug, 1, 0.45));
            send(slug, detected(slug, 2, 0.9));
            assertThat(severe.next(WAIT).data()).contains("fact-" + factKey + "-v2-1").contains("0.9");
            assertThat(byPredicate.next(WAIT).data()).contains("fact-" + factKey + "-v1-1");
            assertThat(byPredicate.next(WAIT).data()).contains("fact-" + factKey + "-v2-1");
        }
    }

    @Test
    void subject_and_outlet_filters_ignore_case_and_a_resolution_keeps_its_contradictions_outlets() throws Exception {
        String key = issue("reader");
        String slug = slug("sse");
        String factKey = "arrival:" + slug;
        try (SseClient bySubjectAndOutlet = SseClient.connect(RestAssured.port,
                "/api/v1/alerts?after=0&factKey=" + factKey + "&subject=Harbour%20TUG&outlet=EXAMPLE.org", key, null);
             SseClient elsewhere = SseClient.connect(RestAssured.port,
                     "/api/v1/alerts?after=0&factKey=" + factKey + "&outlet=elsewhere.net", key, null)) {
            send(slug, detected(slug, 1, 0.5));
            send(slug, resolved(slug));
            send(slug, detected(slug, 2, 0.5).replace("\"example.com\"", "\"elsewhere.net\""));
            assertThat(bySubjectAndOutlet.next(WAIT).data()).contains("fact-" + factKey + "-v1-1");
            assertThat(bySubjectAndOutlet.next(WAIT).name()).isEqualTo(ContradictionResolved.TYPE);
            assertThat(bySubjectAndOutlet.next(WAIT).data()).contains("fact-" + factKey + "-v2-1");
            // Neither v1 nor its resolution names elsewhere.net: the first alert that does is v2.
            assertThat(elsewhere.next(WAIT).data()).contains("fact-" + factKey + "-v2-1");
        }
    }

    @Test
    void filter_values_are_compared_as_values_never_as_operators() {
        String slug = slug("sse");
        send(slug, detected(slug, 1, 0.5));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() ->
                !log.after(0, new AlertFilter("arrival:" + slug, null, null, null, null), 10).isEmpty());
        assertThat(log.after(0, new AlertFilter("{\"$gt\": \"\"}", null, null, null, null), 10)).isEmpty();
        assertThat(log.after(0, new AlertFilter(null, "{\"$ne\": null}", null, null, null), 10)).isEmpty();
        assertThat(log.after(0, new AlertFilter(null, null, "{\"$gt\": \"\"}", "{\"$ne\": null}", null), 10)).isEmpty();
        assertThat(log.after(0, new AlertFilter("arrival:" + slug, null, "{\"$regex\": \".*\"}", null, null), 10)).isEmpty();
        as(issue("reader")).get("/api/v1/alerts?factKey[$gt]=&after=0&minSeverity=2").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("minSeverity"));
    }

    @Test
    void bad_resume_points_are_400_problems_and_the_stream_needs_a_key() {
        String key = issue("reader");
        as(key).header("Last-Event-ID", "yesterday").get("/api/v1/alerts").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("Last-Event-ID"));
        as(key).get("/api/v1/alerts?after=-3").then().statusCode(400).body("detail", containsString("after"));
        RestAssured.given().get("/api/v1/alerts").then().statusCode(401);
        as(issue("ingester")).get("/api/v1/alerts").then().statusCode(403);
    }
}
