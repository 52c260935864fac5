package org.factline.gateway.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.gateway.support.TestKeys.as;
import static org.factline.gateway.support.TestKeys.issue;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.gateway.support.ClaimsStandIn;
import org.factline.gateway.support.ClaimsStandInProfile;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/events}: claims-service's feed, page by page, as NDJSON. */
@QuarkusTest
@TestProfile(ClaimsStandInProfile.class)
@QuarkusTestResource(FactlineInfraResource.class)
class EventsReplayIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.rest-client.claims-service.url")
    String claimsUrl;

    @Test
    void the_whole_history_streams_in_order_and_lines_arrive_before_the_rest_is_read() throws Exception {
        String key = issue("reader");
        int pagesBefore = pages();
        given().baseUri(claimsUrl).post("/__standin/hold").then().statusCode(200); // page 2 waits until released
        HttpURLConnection c = open("/api/v1/events", key);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(c.getContentType()).startsWith("application/x-ndjson");
            JsonNode first = JSON.readTree(in.readLine());
            // The first line is here while claims-service has not yet answered for the second page.
            assertThat(first.path("position").asLong()).isEqualTo(1);
            assertThat(first.path("event").path("type").asText()).isEqualTo("fact.FactVersioned.v1");
            given().baseUri(claimsUrl).post("/__standin/release").then().statusCode(200);

            long lines = 1;
            long lastPosition = 1;
            String line;
            while ((line = in.readLine()) != null) {
                long position = positionOf(line);
                assertThat(position).isGreaterThanOrEqualTo(lastPosition);
                lastPosition = position;
                lines++;
            }
            int events = ClaimsStandIn.HISTORY + ClaimsStandIn.HISTORY / 10;
            assertThat(lines).isEqualTo(events);
            assertThat(lastPosition).isEqualTo(ClaimsStandIn.HISTORY);
        } finally {
            given().baseUri(claimsUrl).post("/__standin/release");
        }
        assertThat(pages() - pagesBefore).isEqualTo(ClaimsStandIn.HISTORY / 1000 + 1);
    }

    @Test
    void from_a_position_with_a_types_filter() throws Exception {
        List<JsonNode> lines = read("/api/v1/events?from=" + (ClaimsStandIn.HISTORY - 25)
                + "&types=fact.ContradictionDetected.v1", issue("reader"));
        assertThat(lines).extracting(l -> l.path("position").asLong())
                .containsExactly(99_980L, 99_990L, 100_000L);
        assertThat(lines).allSatisfy(l -> assertThat(l.path("event").path("type").asText())
                .isEqualTo("fact.ContradictionDetected.v1"));
    }

    @Test
    void from_a_time_with_repeated_types() throws Exception {
        String since = ClaimsStandIn.T0.plusSeconds(ClaimsStandIn.HISTORY - 2).toString();
        List<JsonNode> lines = read("/api/v1/events?from=" + since
                + "&types=fact.FactVersioned.v1&types=fact.ContradictionDetected.v1", issue("reader"));
        assertThat(lines).extracting(l -> l.path("position").asLong() + "/" + l.path("event").path("type").asText())
                .containsExactly("99998/fact.FactVersioned.v1", "99999/fact.FactVersioned.v1",
                        "100000/fact.FactVersioned.v1", "100000/fact.ContradictionDetected.v1");
        assertThat(lines.get(0).path("recordedAt").asText()).isEqualTo(since);
    }

    @Test
    void bad_parameters_are_400_problems_and_a_key_is_needed() {
        String reader = issue("reader");
        as(reader).get("/api/v1/events?from=last-tuesday").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("from must be"));
        as(reader).get("/api/v1/events?types=fact.Nope.v9").then().statusCode(400)
                .body("detail", containsString("unknown event type 'fact.Nope.v9'"));
        given().get("/api/v1/events").then().statusCode(401).contentType("application/problem+json");
    }

    private int pages() {
        return Integer.parseInt(given().baseUri(claimsUrl).get("/__standin/event-pages").then().statusCode(200)
                .extract().asString().strip());
    }

    private static long positionOf(String line) {
        int start = line.indexOf("\"position\":") + 11;
        int end = line.indexOf(',', start);
        return Long.parseLong(line.substring(start, end));
    }

    private static HttpURLConnection open(String pathAndQuery, String key) throws Exception {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + RestAssured.port + pathAndQuery).openConnection();
        c.setRequestProperty("Authorization", "Bearer " + key);
        c.setReadTimeout(60_000);
        assertThat(c.getResponseCode()).isEqualTo(200);
        return c;
    }

    private static List<JsonNode> read(String pathAndQuery, String key) throws Exception {
        HttpURLConnection c = open(pathAndQuery, key);
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
