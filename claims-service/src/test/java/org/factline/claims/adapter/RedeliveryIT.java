package org.factline.claims.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.claims.adapter.ClaimMessages.exact;
import static org.factline.claims.adapter.ClaimMessages.factEvents;
import static org.factline.claims.adapter.ClaimMessages.fresh;
import static org.factline.claims.adapter.ClaimMessages.freshKey;
import static org.factline.claims.adapter.ClaimMessages.send;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.FactKey;
import org.factline.deploy.testing.FactlineInfraResource;
import org.junit.jupiter.api.Test;

/** Through the real broker and store: the same claims delivered twice make no second version and no second alert. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class RedeliveryIT {

    @Test
    void the_same_claims_delivered_twice_publish_each_version_and_contradiction_once() {
        FactKey key = freshKey("deaths");
        List<ClaimExtracted> claims = List.of(
                exact(key, "a-" + key.value(), fresh("art"), fresh("one"), "2025-11-15", "83", "0.1.0", null),
                exact(key, "b-" + key.value(), fresh("art"), fresh("two"), "2025-11-15", "83", "0.1.0", null),
                exact(key, "c-" + key.value(), fresh("art"), fresh("three"), "2025-11-15", "40", "0.1.0", null));
        claims.forEach(ClaimMessages::send);
        claims.forEach(ClaimMessages::send); // the whole batch again, as after a consumer crash before its commit
        // A last, new claim: the fact's events are in order on one partition, so once its version is
        // published any duplicate of the earlier ones would already be there. It disagrees with c.
        send(exact(key, "d-" + key.value(), fresh("art"), fresh("four"), "2025-11-15", "83", "0.1.0", null));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/facts/" + key.value()).then().statusCode(200).body("version", equalTo(4)));
        List<FactlineEvent> published = factEvents(key, seen -> seen.stream()
                .anyMatch(e -> e instanceof FactVersioned v && v.version() == 4));
        assertThat(published.stream().filter(FactVersioned.class::isInstance).map(e -> ((FactVersioned) e).version()))
                .containsExactly(1L, 2L, 3L, 4L);
        // c (40) against a (83) once, despite its redelivery; d (83) against c is a new disagreement.
        assertThat(published.stream().filter(ContradictionDetected.class::isInstance)
                .map(e -> ((ContradictionDetected) e).contradictionId()))
                .containsExactly("c-" + key.value() + "-c-" + key.value(), "c-" + key.value() + "-d-" + key.value());
        given().get("/internal/v1/facts/" + key.value() + "/versions").then().statusCode(200).body("size()", equalTo(4));
    }
}
