package org.factline.claims.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.claims.adapter.ClaimMessages.freshKey;
import static org.factline.claims.adapter.ClaimMessages.sendExact;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.Resolution;
import org.factline.contracts.value.FactKey;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.deploy.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/** Through the real broker and store: a contradiction opens, a verdict closes it, and the read models follow. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class VerdictFlowIT {

    private static String openContradiction(FactKey key) {
        sendExact(key, "a-" + key.value(), "one.example", "2025-11-15", "83");
        sendExact(key, "b-" + key.value(), "two.example", "2025-11-15", "40");
        String id = "c-" + key.value() + "-b-" + key.value();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/contradictions/" + id).then().statusCode(200)
                        .body("status", equalTo("OPEN"))
                        .body("existing.outlet", equalTo("one.example"))
                        .body("incoming.outlet", equalTo("two.example"))
                        .body("incoming.quote", equalTo("40 people were killed")));
        return id;
    }

    @Test
    void a_verdict_resolves_the_contradiction_publishes_it_and_moves_the_fact() {
        FactKey key = freshKey("deaths");
        String id = openContradiction(key);
        given().queryParam("status", "open").queryParam("factKey", key.value()).get("/internal/v1/contradictions")
                .then().statusCode(200).body("contradictionId", hasItem(id));

        given().contentType(ContentType.JSON)
                .body(Map.of("winningClaimId", "b-" + key.value(), "reviewer", "desk@example.org", "note", "ministry list"))
                .post("/internal/v1/contradictions/" + id + "/verdict")
                .then().statusCode(200).body("resolution", equalTo("CLAIM_UPHELD")).body("factVersion", equalTo(3));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/internal/v1/contradictions/" + id).then().statusCode(200)
                    .body("status", equalTo("RESOLVED")).body("reviewer", equalTo("desk@example.org"))
                    .body("winningClaimId", equalTo("b-" + key.value()));
            given().get("/internal/v1/facts/" + key.value()).then().statusCode(200)
                    .body("status", equalTo("RESOLVED")).body("lastChange", equalTo("RESOLVED"))
                    .body("value.quantity.value", equalTo(40)).body("openContradictions", equalTo(0));
        });
        given().queryParam("status", "open").queryParam("factKey", key.value()).get("/internal/v1/contradictions")
                .then().statusCode(200).body("contradictionId", not(hasItem(id)));

        List<ConsumerRecord<String, String>> records = KafkaProbe.shared().readUntil(Topics.FACTS, seen -> seen.stream()
                .anyMatch(r -> key.value().equals(r.key()) && r.value().contains(ContradictionResolved.TYPE)), Duration.ofSeconds(30));
        List<ContradictionResolved> resolved = records.stream().filter(r -> key.value().equals(r.key()))
                .map(r -> EventCodec.decode(r.value()).data()).filter(ContradictionResolved.class::isInstance)
                .map(ContradictionResolved.class::cast).toList();
        assertThat(resolved).singleElement().satisfies(r -> assertThat(r.resolution()).isEqualTo(Resolution.CLAIM_UPHELD));

        // A second verdict on the same contradiction conflicts with the first.
        given().contentType(ContentType.JSON).body(Map.of("notAContradiction", true, "reviewer", "other@example.org"))
                .post("/internal/v1/contradictions/" + id + "/verdict")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void bad_verdicts_get_problems() {
        FactKey key = freshKey("deaths");
        String id = openContradiction(key);
        String url = "/internal/v1/contradictions/" + id + "/verdict";
        given().contentType(ContentType.JSON).body(Map.of("winningClaimId", "a-" + key.value()))
                .post(url).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reviewer"));
        given().contentType(ContentType.JSON)
                .body(Map.of("winningClaimId", "a-" + key.value(), "notAContradiction", true, "reviewer", "desk"))
                .post(url).then().statusCode(400).body("errors.field", hasItem("winningClaimId"));
        given().contentType(ContentType.JSON).body(Map.of("winningClaimId", "someone-else", "reviewer", "desk"))
                .post(url).then().statusCode(400).body("detail", equalTo("claim someone-else is not one of the two sides of " + id));
        given().contentType(ContentType.JSON).body(Map.of("notAContradiction", true, "reviewer", "desk"))
                .post("/internal/v1/contradictions/c-unknown/verdict").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/internal/v1/contradictions/c-unknown").then().statusCode(404);
        given().get("/internal/v1/contradictions?status=maybe").then().statusCode(400);
        given().get("/internal/v1/contradictions?factKey=%7B%22%24ne%22%3A1%7D").then().statusCode(400);
        // Still open: none of the bad verdicts changed anything.
        given().get("/internal/v1/contradictions/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
    }
}
