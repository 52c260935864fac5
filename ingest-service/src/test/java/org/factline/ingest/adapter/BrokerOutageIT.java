package org.factline.ingest.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.factline.contracts.Topics;
import org.factline.deploy.testing.BrokerControl;
import org.factline.deploy.testing.InjectBrokerControl;
import org.factline.deploy.testing.KafkaProbe;
import org.factline.deploy.testing.RestartableKafkaResource;
import org.junit.jupiter.api.Test;

/** Articles accepted while the broker is down are stored, then published once it is back. */
@QuarkusTest
@QuarkusTestResource(value = RestartableKafkaResource.class, restrictToAnnotatedClass = true)
class BrokerOutageIT {

    @InjectBrokerControl
    BrokerControl broker;

    @Test
    void articles_accepted_during_an_outage_are_published_when_the_broker_returns() {
        broker.stop();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                String text = "During the outage the port counted " + (i + 3) + " ships. " + UUID.randomUUID();
                ids.add(given().contentType("application/json").body("{\"text\":\"" + text + "\",\"outlet\":\"outage\"}")
                        .post("/articles").then().statusCode(202).body("status", equalTo("accepted")).extract().path("id"));
            }
            for (String id : ids) {
                given().get("/articles/" + id).then().statusCode(200).body("status", equalTo("stored"));
            }
        } finally {
            broker.restart();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String id : ids) {
                given().get("/articles/" + id).then().statusCode(200).body("status", equalTo("published"));
            }
        });
        List<ConsumerRecord<String, String>> records = KafkaProbe.of(broker.bootstrapServers()).readUntil(Topics.ARTICLES,
                seen -> seen.stream().map(ConsumerRecord::key).filter(ids::contains).distinct().count() == ids.size(),
                Duration.ofSeconds(30));
        assertThat(records.stream().map(ConsumerRecord::key).filter(ids::contains).distinct()).hasSameSizeAs(ids);
    }
}
