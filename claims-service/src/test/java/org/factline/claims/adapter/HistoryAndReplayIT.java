package org.factline.claims.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.claims.adapter.ClaimMessages.freshKey;
import static org.factline.claims.adapter.ClaimMessages.sendExact;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.claims.application.ProjectFacts;
import org.factline.contracts.value.FactKey;
import org.factline.deploy.testing.FactlineInfraResource;
import org.junit.jupiter.api.Test;

/** Versions, time travel, the replay feed and a rebuild of the read models, through the real store. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class HistoryAndReplayIT {

    @Inject
    MongoClient mongo;

    @Inject
    ProjectFacts projector;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    /** A running toll: 60 on Nov 10, 83 on Nov 15 (evolved), a stale 60 on Nov 16, a clashing 40 on Nov 16. */
    private static FactKey tollWithHistory() {
        FactKey key = freshKey("deaths");
        sendExact(key, "a-" + key.value(), "one.example", "2025-11-10", "60");
        sendExact(key, "b-" + key.value(), "two.example", "2025-11-15", "83");
        sendExact(key, "c-" + key.value(), "three.example", "2025-11-16", "60");
        sendExact(key, "d-" + key.value(), "four.example", "2025-11-16", "40");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/facts/" + key.value()).then().statusCode(200).body("version", equalTo(4)));
        return key;
    }

    @Test
    void versions_and_time_travel_on_both_axes() {
        FactKey key = tollWithHistory();
        JsonPath versions = given().get("/internal/v1/facts/" + key.value() + "/versions").then().statusCode(200)
                .body("fact.change", contains("CREATED", "EVOLVED", "STALE_REPEAT", "CONTESTED"))
                .extract().jsonPath();
        // As of the second version's recorded time: what was known then (a commit stored in the same
        // millisecond would also count, so the expected version is computed from the recorded times).
        List<Instant> recorded = versions.getList("recordedAt", String.class).stream().map(Instant::parse).toList();
        Instant asOf = recorded.get(1);
        int expected = (int) recorded.stream().filter(t -> !t.isAfter(asOf)).count();
        assertThat(expected).isBetween(2, 3);
        given().queryParam("asOf", asOf.toString()).get("/internal/v1/facts/" + key.value()).then().statusCode(200)
                .body("version", equalTo(expected)).body("value.quantity.value", equalTo(83))
                .body("openContradictions", equalTo(0));
        given().queryParam("at", "2025-11-12").get("/internal/v1/facts/" + key.value()).then().statusCode(200)
                .body("version", equalTo(1)).body("value.quantity.value", equalTo(60));
        given().queryParam("at", "2025-11-20").get("/internal/v1/facts/" + key.value()).then().statusCode(200)
                .body("version", equalTo(4)).body("status", equalTo("CONTESTED"));
        given().queryParam("asOf", "2000-01-01T00:00:00Z").get("/internal/v1/facts/" + key.value()).then().statusCode(404);
        given().queryParam("asOf", "yesterday").get("/internal/v1/facts/" + key.value()).then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("at", "2025-13-45").get("/internal/v1/facts/" + key.value()).then().statusCode(400);
        given().get("/internal/v1/facts/NOT%20A%20KEY/versions").then().statusCode(400);
        given().get("/internal/v1/facts/deaths:nobody-here/versions").then().statusCode(404);
    }

    @Test
    void the_feed_pages_through_stored_decisions_in_position_order() {
        FactKey key = tollWithHistory();
        List<Map<String, Object>> all = new ArrayList<>();
        long from = 0;
        while (true) {
            List<Map<String, Object>> page = given().queryParam("from", from).queryParam("limit", 50)
                    .get("/internal/v1/events").then().statusCode(200).extract().jsonPath().getList("$");
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
            from = ((Number) page.get(page.size() - 1).get("position")).longValue();
        }
        List<Long> positions = all.stream().map(c -> ((Number) c.get("position")).longValue()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        List<Map<String, Object>> mine = all.stream().filter(c -> key.value().equals(c.get("factKey"))).toList();
        assertThat(mine).extracting(c -> ((Number) c.get("streamVersion")).longValue()).containsExactly(1L, 2L, 3L, 4L);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lastEvents = (List<Map<String, Object>>) mine.get(3).get("events");
        assertThat(lastEvents).extracting(e -> e.get("type"))
                .containsExactly("claim.ClaimExtracted.v2", "fact.FactVersioned.v1", "fact.ContradictionDetected.v1");
        given().queryParam("from", -1).get("/internal/v1/events").then().statusCode(400);
        given().queryParam("limit", "lots").get("/internal/v1/events").then().statusCode(400);
        given().queryParam("limit", 1001).get("/internal/v1/events").then().statusCode(400);
    }

    @Test
    void dropping_the_read_models_and_replaying_gives_identical_documents() {
        FactKey key = tollWithHistory();
        String contradictionId = "c-" + key.value() + "-d-" + key.value();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/contradictions/" + contradictionId).then().statusCode(200));
        String lastClaim = "d-" + key.value();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/articles/art-" + lastClaim + "/claims").then().statusCode(200)
                        .body("status", contains("active")));
        MongoDatabase db = mongo.getDatabase(database);
        String liveFact = json(db, "facts", key.value());
        String liveContradiction = json(db, "contradictions", contradictionId);
        assertThat(liveFact).contains("\"status\": \"CONTESTED\"");
        assertThat(liveContradiction).contains("\"status\": \"OPEN\"");
        List<String> claimIds = List.of("a-" + key.value(), "b-" + key.value(), "c-" + key.value(), lastClaim);
        List<String> liveClaims = claimIds.stream().map(id -> json(db, "claims", id)).toList();
        assertThat(liveClaims.get(2)).contains("\"status\": \"stale\"");
        List<String> outlets = List.of("one.example", "two.example", "three.example", "four.example");
        List<String> liveSources = outlets.stream().map(o -> json(db, "sources", o)).toList();
        assertThat(liveSources).doesNotContainNull();

        long before = projector.rebuildsStarted();
        long request = projector.requestRebuild();
        assertThat(request).isGreaterThan(before);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(projector.rebuildsStarted()).isGreaterThanOrEqualTo(request);
            assertThat(json(db, "facts", key.value())).isEqualTo(liveFact);
            assertThat(json(db, "contradictions", contradictionId)).isEqualTo(liveContradiction);
            assertThat(claimIds.stream().map(id -> json(db, "claims", id)).toList()).isEqualTo(liveClaims);
            assertThat(outlets.stream().map(o -> json(db, "sources", o)).toList()).isEqualTo(liveSources);
        });
    }

    private static String json(MongoDatabase db, String collection, String id) {
        Document d = db.getCollection(collection).find(Filters.eq("_id", id)).first();
        return d == null ? null : d.toJson();
    }
}
