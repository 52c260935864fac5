package org.factline.claims.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.claims.adapter.ClaimMessages.exact;
import static org.factline.claims.adapter.ClaimMessages.factEvents;
import static org.factline.claims.adapter.ClaimMessages.fresh;
import static org.factline.claims.adapter.ClaimMessages.freshKey;
import static org.factline.claims.adapter.ClaimMessages.send;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.factline.contracts.event.ClaimsWithdrawn;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.Resolution;
import org.factline.contracts.event.WithdrawalReason;
import org.factline.contracts.value.FactKey;
import org.factline.deploy.testing.FactlineInfraResource;
import org.junit.jupiter.api.Test;

/** Through the real broker and store: an article retracted by REST, and an article re-read by a newer extractor. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class WithdrawalFlowIT {

    private static <E> List<E> only(List<FactlineEvent> events, Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void retracting_an_article_withdraws_its_claims_everywhere_and_supersedes_its_contradiction() {
        FactKey toll = freshKey("deaths");
        FactKey injured = freshKey("injuries");
        String article = fresh("art");
        String one = fresh("one");
        String two = fresh("two");
        send(exact(toll, "a-" + toll.value(), fresh("art"), one, "2025-11-15", "83", "0.1.0", null));
        send(exact(toll, "b-" + toll.value(), article, two, "2025-11-15", "40", "0.1.0", null));
        send(exact(injured, "c-" + injured.value(), article, two, "2025-11-15", "12", "0.1.0", null));
        String contradiction = "c-" + toll.value() + "-b-" + toll.value();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/internal/v1/contradictions/" + contradiction).then().statusCode(200).body("status", equalTo("OPEN"));
            given().get("/internal/v1/facts/" + injured.value()).then().statusCode(200);
        });

        String url = "/internal/v1/articles/" + article + "/retraction";
        given().contentType(ContentType.JSON).body(Map.of("reason", "the outlet withdrew the story"))
                .post(url).then().statusCode(200)
                .body("factKeys", containsInAnyOrder(toll.value(), injured.value()))
                .body("claimsWithdrawn", equalTo(2)).body("reason", equalTo("the outlet withdrew the story"));
        // Idempotent: the first reason stays and nothing more changes.
        given().contentType(ContentType.JSON).body(Map.of("reason", "asked again")).post(url).then().statusCode(200)
                .body("claimsWithdrawn", equalTo(0)).body("reason", equalTo("the outlet withdrew the story"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/internal/v1/contradictions/" + contradiction).then().statusCode(200)
                    .body("status", equalTo("SUPERSEDED")).body("resolution", equalTo("SUPERSEDED"));
            given().get("/internal/v1/facts/" + toll.value()).then().statusCode(200)
                    .body("lastChange", equalTo("RETRACTED")).body("status", equalTo("SINGLE_SOURCE"))
                    .body("outlets", contains(one)).body("value.quantity.value", equalTo(83));
            given().get("/internal/v1/facts/" + injured.value()).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
            given().get("/internal/v1/articles/" + article + "/claims").then().statusCode(200)
                    .body("status", contains("retracted", "retracted"));
        });

        List<FactlineEvent> published = factEvents(toll, seen -> !only(seen, ContradictionResolved.class).isEmpty());
        assertThat(only(published, ClaimsWithdrawn.class)).singleElement()
                .satisfies(w -> assertThat(w.reason()).isEqualTo(WithdrawalReason.RETRACTED));
        assertThat(only(published, ContradictionResolved.class)).singleElement()
                .satisfies(r -> assertThat(r.resolution()).isEqualTo(Resolution.SUPERSEDED));

        // A claim of the retracted article arriving late is recorded, and never counts.
        send(exact(toll, "late-" + toll.value(), article, two, "2025-11-15", "83", "0.1.0", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/articles/" + article + "/claims").then().statusCode(200)
                        .body("status", contains("retracted", "retracted", "retracted")));
        given().get("/internal/v1/facts/" + toll.value()).then().body("outlets", contains(one));
    }

    @Test
    void a_newer_extractor_supersedes_the_articles_older_claims_in_every_fact() {
        FactKey toll = freshKey("deaths");
        FactKey other = freshKey("arrests");
        String article = fresh("art");
        String outlet = fresh("wire");
        send(exact(toll, "v1-" + toll.value(), article, outlet, "2025-11-15", "80", "0.9.0", null));
        send(exact(other, "v1-" + other.value(), article, outlet, "2025-11-15", "5", "0.9.0", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/articles/" + article + "/claims").then().statusCode(200)
                        .body("claimId", contains("v1-" + toll.value(), "v1-" + other.value())));

        send(exact(toll, "v2-" + toll.value(), article, outlet, "2025-11-15", "83", "0.10.0", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/internal/v1/articles/" + article + "/claims").then().statusCode(200)
                    .body("findAll { it.status == 'superseded' }.claimId", hasItems("v1-" + toll.value(), "v1-" + other.value()))
                    .body("findAll { it.status == 'active' }.claimId", contains("v2-" + toll.value()));
            given().get("/internal/v1/facts/" + toll.value()).then().statusCode(200)
                    .body("value.quantity.value", equalTo(83)).body("claimIds", contains("v2-" + toll.value()));
            given().get("/internal/v1/facts/" + other.value()).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        });
        List<FactlineEvent> published = factEvents(other, seen -> !only(seen, ClaimsWithdrawn.class).isEmpty());
        assertThat(only(published, ClaimsWithdrawn.class)).singleElement()
                .satisfies(w -> assertThat(w.supersededBy()).isEqualTo("0.10.0"));
    }

    @Test
    void bad_retractions_get_problems_and_change_nothing() {
        String article = fresh("art");
        given().contentType(ContentType.JSON).body(Map.of("reason", " ")).post("/internal/v1/articles/" + article + "/retraction")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("reason"));
        given().contentType(ContentType.JSON).body("{\"reason\": ").post("/internal/v1/articles/" + article + "/retraction")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(2001)))
                .post("/internal/v1/articles/" + article + "/retraction").then().statusCode(400);
        // Never retracted: a later claim of this article counts as usual.
        FactKey key = freshKey("deaths");
        send(exact(key, "a-" + key.value(), article, fresh("one"), "2025-11-15", "83", "0.1.0", null));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/articles/" + article + "/claims").then().statusCode(200)
                        .body("status", contains("active")));
    }
}
