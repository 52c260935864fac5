package org.factline.claims.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.claims.adapter.ClaimMessages.exact;
import static org.factline.claims.adapter.ClaimMessages.fresh;
import static org.factline.claims.adapter.ClaimMessages.freshKey;
import static org.factline.claims.adapter.ClaimMessages.send;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.factline.contracts.value.FactKey;
import org.factline.deploy.testing.FactlineInfraResource;
import org.junit.jupiter.api.Test;

/** Through the real broker and store: the sources read model, value ranking, and an article's claims. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class SourcesAndArticleClaimsIT {

    private static void assertSource(String outlet, int claims, int corroborated, int contradicted, int won, int lost,
                                     float reliability) {
        given().get("/internal/v1/sources/" + outlet).then().statusCode(200)
                .body("outlet", equalTo(outlet)).body("claims", equalTo(claims))
                .body("corroborated", equalTo(corroborated)).body("contradicted", equalTo(contradicted))
                .body("verdictsWon", equalTo(won)).body("verdictsLost", equalTo(lost))
                .body("reliability", equalTo(reliability));
    }

    @Test
    void outlets_are_scored_from_corroboration_contradiction_and_verdicts_and_rank_competing_values() {
        FactKey key = freshKey("deaths");
        String o1 = fresh("one");
        String o2 = fresh("two");
        String o3 = fresh("three");
        send(exact(key, "a-" + key.value(), fresh("art"), o1, "2025-11-15", "83", "0.1.0", null));
        send(exact(key, "b-" + key.value(), fresh("art"), o2, "2025-11-15", "83", "0.1.0", null));
        send(exact(key, "c-" + key.value(), fresh("art"), o3, "2025-11-15", "40", "0.1.0", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertSource(o1, 1, 1, 1, 0, 0, 0.7692f); // (4 + 1) / (4 + 1 + 1 + 0.5), rounded
            assertSource(o2, 1, 1, 0, 0, 0, 0.8333f);
            assertSource(o3, 1, 0, 1, 0, 0, 0.7273f);
        });
        given().get("/internal/v1/facts/" + key.value()).then().statusCode(200)
                .body("status", equalTo("CONTESTED"))
                .body("rankedValues.value.quantity.value", contains(83, 40))
                .body("rankedValues[0].sources", contains(o1, o2))
                .body("rankedValues.confidence", contains(0.9615f, 0.7273f))
                .body("rankedValues[1].claimIds", contains("c-" + key.value()));

        given().contentType(ContentType.JSON).body(Map.of("winningClaimId", "a-" + key.value(), "reviewer", "desk@example.org"))
                .post("/internal/v1/contradictions/c-" + key.value() + "-c-" + key.value() + "/verdict").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertSource(o1, 1, 1, 1, 1, 0, 0.8235f);
            assertSource(o3, 1, 0, 1, 0, 1, 0.5333f);
        });

        List<Float> all = given().get("/internal/v1/sources").then().statusCode(200).extract().jsonPath()
                .getList("reliability", Float.class);
        assertThat(all).isSortedAccordingTo((x, y) -> Float.compare(y, x));
        List<String> mine = given().get("/internal/v1/sources").then().extract().jsonPath().<String>getList("outlet")
                .stream().filter(o -> o.equals(o1) || o.equals(o2) || o.equals(o3)).toList();
        assertThat(mine).containsExactly(o2, o1, o3);
        given().get("/internal/v1/sources/" + fresh("nobody")).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_syndicated_copy_neither_corroborates_its_original_nor_earns_a_corroboration() {
        FactKey key = freshKey("deaths");
        String wire = fresh("wire");
        String reprint = fresh("reprint");
        String original = fresh("art");
        send(exact(key, "a-" + key.value(), original, wire, "2025-11-15", "83", "0.1.0", null));
        send(exact(key, "b-" + key.value(), fresh("art"), reprint, "2025-11-15", "83", "0.1.0", original));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/internal/v1/facts/" + key.value()).then().statusCode(200).body("version", equalTo(2))
                    .body("status", equalTo("SINGLE_SOURCE")).body("outlets", contains(wire))
                    .body("claimIds", contains("a-" + key.value(), "b-" + key.value()));
            assertSource(reprint, 1, 0, 0, 0, 0, 0.8f);
            assertSource(wire, 1, 0, 0, 0, 0, 0.8f);
        });
    }

    @Test
    void an_articles_claims_follow_the_contract() {
        FactKey key = freshKey("deaths");
        String article = fresh("art");
        send(exact(key, "a-" + key.value(), article, fresh("one"), "2025-11-15", "83", "0.1.0", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/articles/" + article + "/claims").then().statusCode(200).body("size()", equalTo(1)));
        JsonPath claims = given().get("/internal/v1/articles/" + article + "/claims").then().extract().jsonPath();
        Map<String, Object> claim = claims.getMap("[0]");
        assertThat(claim).containsOnlyKeys("claimId", "factKey", "subject", "predicate", "value", "referenceTime",
                "attribution", "provenance", "status");
        assertThat(claim).containsEntry("claimId", "a-" + key.value()).containsEntry("factKey", key.value())
                .containsEntry("status", "active");
        assertThat(claims.getString("[0].provenance.articleId")).isEqualTo(article);
        assertThat(claims.getInt("[0].value.quantity.value")).isEqualTo(83);
        given().get("/internal/v1/articles/" + fresh("unknown") + "/claims").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void the_fact_detail_answers_in_one_read_what_the_fact_its_versions_and_its_claims_answer_apart() {
        FactKey key = freshKey("deaths");
        send(exact(key, "a-" + key.value(), fresh("art"), fresh("one"), "2025-11-15", "83", "0.1.0", null));
        send(exact(key, "b-" + key.value(), fresh("art"), fresh("two"), "2025-11-15", "40", "0.1.0", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/facts/" + key.value()).then().statusCode(200).body("version", equalTo(2)));
        JsonPath detail = given().get("/internal/v1/facts/" + key.value() + "/detail").then().statusCode(200)
                .extract().jsonPath();
        JsonPath fact = given().get("/internal/v1/facts/" + key.value()).then().extract().jsonPath();
        JsonPath versions = given().get("/internal/v1/facts/" + key.value() + "/versions").then().extract().jsonPath();
        JsonPath claims = given().get("/internal/v1/facts/" + key.value() + "/claims").then().extract().jsonPath();

        Map<String, Object> withoutParts = new HashMap<>(detail.getMap("")); // getMap answers the parsed document itself
        withoutParts.remove("versions");
        withoutParts.remove("claims");
        assertThat(withoutParts).isEqualTo(fact.getMap(""));
        assertThat(detail.getList("versions")).hasSize(2).isEqualTo(versions.getList("$"));
        assertThat(detail.getList("claims")).hasSize(2).isEqualTo(claims.getList("$"));
        assertThat(detail.getList("rankedValues.value.quantity.value", Integer.class)).containsExactlyInAnyOrder(83, 40);

        given().get("/internal/v1/facts/" + freshKey("deaths").value() + "/detail").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/internal/v1/facts/NotAKey/detail").then().statusCode(400).contentType("application/problem+json");
    }
}
