package org.factline.claims.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.deploy.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/** Through the real broker and store: claims in, one fact with versions out; redelivery changes nothing. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class ClaimsFlowIT {

    @ConfigProperty(name = "mp.messaging.incoming.claims-in.topic")
    String claimsTopic;

    private static void sendClaim(FactKey key, String claimId, String outlet, Qualifier q, String low, String high) {
        BigDecimal lo = low == null ? null : new BigDecimal(low);
        BigDecimal hi = high == null ? null : new BigDecimal(high);
        ClaimExtracted claim = new ClaimExtracted(claimId, key, "person", "deaths",
                ClaimValue.of(new Quantity(lo, "person", q, lo, hi)), null, Attribution.articleVoice(),
                new Provenance("art-" + claimId, outlet, null, 0, 20, "at least 83 people dead", "en.quantity.count-noun",
                        "0.1.0", 0.6), Instant.now());
        KafkaProbe.shared().send(Topics.CLAIMS, key.value(),
                EventCodec.encode(EventEnvelope.wrap("claim-" + claimId, "test", key.value(), Instant.now(), claim)));
    }

    @Test
    void the_consumed_topic_is_the_contract_topic() {
        assertThat(claimsTopic).isEqualTo(Topics.CLAIMS);
    }

    @Test
    void two_outlets_agreeing_make_a_corroborated_fact_and_a_redelivery_adds_no_version() {
        FactKey key = FactKey.of("deaths", "person-" + UUID.randomUUID().toString().substring(0, 8));
        sendClaim(key, "c1-" + key.value(), "one.example", Qualifier.AT_LEAST, "83", null);
        sendClaim(key, "c2-" + key.value(), "two.example", Qualifier.EXACT, "83", "83");
        sendClaim(key, "c1-" + key.value(), "one.example", Qualifier.AT_LEAST, "83", null); // redelivered

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/facts/" + key.value()).then().statusCode(200)
                        .body("version", equalTo(2))
                        .body("status", equalTo("CORROBORATED"))
                        .body("outlets", contains("one.example", "two.example"))
                        .body("value.quantity.low", equalTo(83)));

        List<ConsumerRecord<String, String>> facts = KafkaProbe.shared().readUntil(Topics.FACTS,
                seen -> seen.stream().filter(r -> key.value().equals(r.key())).count() >= 2, Duration.ofSeconds(30));
        List<Long> versions = facts.stream().filter(r -> key.value().equals(r.key()))
                .map(r -> EventCodec.decode(r.value(), FactVersioned.class).data().version()).toList();
        assertThat(versions).containsExactly(1L, 2L);
        given().queryParam("predicate", "deaths").queryParam("subject", "PERS").queryParam("status", "corroborated")
                .get("/internal/v1/facts").then().statusCode(200).body("items.factKey", hasItem(key.value()));
        given().queryParam("predicate", "count").get("/internal/v1/facts").then().statusCode(200)
                .body("items.factKey", not(hasItem(key.value())));
    }

    @Test
    void disagreeing_outlets_make_a_contested_fact() {
        FactKey key = FactKey.of("count", "boat-" + UUID.randomUUID().toString().substring(0, 8));
        sendClaim(key, "d1-" + key.value(), "one.example", Qualifier.EXACT, "21", "21");
        sendClaim(key, "d2-" + key.value(), "two.example", Qualifier.EXACT, "14", "14");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/facts/" + key.value()).then().statusCode(200)
                        .body("status", equalTo("CONTESTED")).body("openContradictions", equalTo(1)));
    }

    @Test
    void bad_queries_get_problems() {
        given().get("/internal/v1/facts?status=maybe").then().statusCode(400).contentType("application/problem+json");
        given().get("/internal/v1/facts?limit=0").then().statusCode(400);
        given().get("/internal/v1/facts/count:nothing-here").then().statusCode(404);
        // Operator-looking text is matched literally: no fact has such a subject.
        given().queryParam("subject", "{\"$gt\":\"\"}").get("/internal/v1/facts").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().queryParam("subject", ".*").get("/internal/v1/facts").then().statusCode(200).body("items.size()", equalTo(0));
    }
}
