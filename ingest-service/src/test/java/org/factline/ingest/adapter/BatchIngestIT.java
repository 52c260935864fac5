package org.factline.ingest.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factline.deploy.testing.FactlineInfraResource;
import org.junit.jupiter.api.Test;

/** NDJSON batches through the real store: per-line results in order, totals, bad lines skipped. */
@QuarkusTest
@QuarkusTestResource(value = FactlineInfraResource.class, restrictToAnnotatedClass = true)
class BatchIngestIT {

    @Test
    void each_line_gets_its_result_and_a_bad_line_never_stops_the_batch() {
        String run = UUID.randomUUID().toString();
        String body = String.join("\n",
                "{\"text\":\"First batch article " + run + "\",\"outlet\":\"b\"}",
                "{\"text\":\"First batch article " + run + "\",\"outlet\":\"b\"}",
                "{\"text\":\"\",\"outlet\":\"b\"}",
                "this is not json",
                "{\"text\":\"t\",\"outlet\":\"b\",\"colour\":\"red\"}",
                "",
                "{\"html\":\"<article><p>Second batch article " + run + "</p></article>\",\"outlet\":\"b\"}") + "\n";
        Response response = given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/articles/batch");
        response.then().statusCode(200)
                .body("totals.accepted", equalTo(2)).body("totals.duplicate", equalTo(1)).body("totals.rejected", equalTo(3));
        List<Map<String, Object>> results = response.jsonPath().getList("results");
        assertThat(results).extracting(r -> r.get("line")).containsExactly(1, 2, 3, 4, 5, 7);
        assertThat(results).extracting(r -> r.get("status"))
                .containsExactly("accepted", "duplicate", "rejected", "rejected", "rejected", "accepted");
        assertThat(results.get(1).get("id")).isEqualTo(results.get(0).get("id"));
        assertThat((String) results.get(2).get("reason")).contains("text");
        assertThat((String) results.get(3).get("reason")).contains("not a valid article object");
        assertThat((String) results.get(4).get("reason")).isEqualTo("unknown field 'colour'");
        given().get("/articles/" + results.get(5).get("id")).then().statusCode(200)
                .body("text", equalTo("Second batch article " + run));
    }

    @Test
    void a_thousand_line_batch_is_accepted_in_one_request() {
        String run = UUID.randomUUID().toString();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            body.append("{\"text\":\"Bulk article number ").append(i).append(" of run ").append(run)
                    .append(" says that ").append(i).append(" boats were counted.\",\"outlet\":\"bulk\"}\n");
        }
        given().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8)).post("/articles/batch").then().statusCode(200)
                .body("totals.accepted", equalTo(1000)).body("totals.rejected", equalTo(0));
    }
}
