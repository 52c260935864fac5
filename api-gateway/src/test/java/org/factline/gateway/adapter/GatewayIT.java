package org.factline.gateway.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.factline.gateway.support.TestKeys.admin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.GoldenEvents;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.FactVersioned;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.deploy.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/**
 * Through the real broker and store. claims-service is not running in this test (its address
 * points at a closed port), which is exactly the failure the gateway must turn into a prompt 503.
 * The full path through a live claims-service is covered by system-tests.
 */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class GatewayIT {

    @ConfigProperty(name = "mp.messaging.incoming.facts-in.topic")
    String factsTopic;

    @Test
    void the_consumed_topic_is_the_contract_topic() {
        assertThat(factsTopic).isEqualTo(Topics.FACTS);
    }

    @Test
    void claims_service_down_gives_a_prompt_503_with_retry_advice() {
        long started = System.nanoTime();
        admin().get("/api/v1/facts").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("detail", containsString("retry"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void ingest_service_down_gives_a_503_with_retry_advice_for_posts_and_look_ups() {
        admin().contentType("application/json").body("{\"text\":\"Two ships sank.\"}").post("/api/v1/articles").then()
                .statusCode(503).header("Retry-After", "5").contentType("application/problem+json")
                .body("detail", containsString("ingest-service"));
        admin().get("/api/v1/articles/0f0e0d0c0b0a0908").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json");
    }

    @Test
    void bad_parameters_are_refused_before_any_downstream_call() {
        admin().get("/api/v1/facts?limit=100000").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void contradiction_events_on_kafka_become_alerts_once_and_other_fact_events_do_not() {
        KafkaProbe probe = KafkaProbe.shared();
        String contradiction = GoldenEvents.json(ContradictionDetected.TYPE);
        probe.send(Topics.FACTS, "arrival:harbour-tug", contradiction);
        probe.send(Topics.FACTS, "arrival:harbour-tug", contradiction); // redelivered
        probe.send(Topics.FACTS, "count:ship", GoldenEvents.json(FactVersioned.TYPE));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                admin().get("/api/v1/alerts/recent").then().statusCode(200)
                        .body("data.contradictionId", hasItem("c-arrival:harbour-tug-1"))
                        .body("findAll { it.id == 'fact-arrival:harbour-tug-v3-1' }.size()", equalTo(1))
                        .body("findAll { it.type == 'fact.FactVersioned.v1' }.size()", equalTo(0)));
    }

    @Test
    void health_and_openapi_are_served() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/facts"));
    }
}
