package org.factline.gateway.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.gateway.support.TestKeys.issue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.gateway.support.ClaimsStandIn;
import org.factline.gateway.support.ClaimsStandInProfile;
import org.junit.jupiter.api.Test;

/**
 * Every public operation against every role, as one table: no key is a 401, a key without the
 * role a 403 problem, a key with it gets past access control (whatever the stand-ins answer). The
 * table must name every /api operation the OpenAPI document lists. The WebSocket's role rule is
 * checked in {@link AlertSocketIT}.
 */
@QuarkusTest
@TestProfile(ClaimsStandInProfile.class)
@QuarkusTestResource(FactlineInfraResource.class)
class EndpointRolesIT {

    private static final String R = "reader";
    private static final String FC = "fact-checker";
    private static final String I = "ingester";
    private static final String A = "admin";

    /** One operation: how to call it, its OpenAPI path, the roles that may call it. */
    record Row(String verb, String path, String openApiPath, String contentType, String body, Set<String> allowed) {
    }

    private static final List<Row> TABLE = List.of(
            row("GET", "/api/v1/facts", "/api/v1/facts", R, FC, A),
            row("GET", "/api/v1/facts/deaths:person", "/api/v1/facts/{factKey}", R, FC, A),
            row("GET", "/api/v1/facts/deaths:person/versions", "/api/v1/facts/{factKey}/versions", R, FC, A),
            row("GET", "/api/v1/facts/deaths:person/claimreview", "/api/v1/facts/{factKey}/claimreview", R, FC, A),
            row("GET", "/api/v1/contradictions", "/api/v1/contradictions", R, FC, A),
            row("GET", "/api/v1/contradictions/c-open", "/api/v1/contradictions/{id}", R, FC, A),
            row("GET", "/api/v1/contradictions/c-done/claimreview", "/api/v1/contradictions/{id}/claimreview", R, FC, A),
            new Row("POST", "/api/v1/contradictions/c-open/verdict", "/api/v1/contradictions/{id}/verdict", "application/json",
                    "{\"winningClaimId\":\"w1\"}", Set.of(FC, A)),
            row("GET", "/api/v1/alerts?after=0", "/api/v1/alerts", R, FC, A),
            row("GET", "/api/v1/alerts/recent", "/api/v1/alerts/recent", R, FC, A),
            row("GET", "/api/v1/events?from=" + (ClaimsStandIn.HISTORY - 5), "/api/v1/events", R, FC, A),
            new Row("POST", "/api/v1/subscriptions", "/api/v1/subscriptions", "application/json",
                    "{\"url\":\"http://127.0.0.1:9/hook\"}", Set.of(R, FC, A)),
            row("GET", "/api/v1/subscriptions", "/api/v1/subscriptions", R, FC, A),
            row("GET", "/api/v1/subscriptions/nope", "/api/v1/subscriptions/{id}", R, FC, A),
            row("DELETE", "/api/v1/subscriptions/nope", "/api/v1/subscriptions/{id}", R, FC, A),
            new Row("POST", "/api/v1/admin/keys", "/api/v1/admin/keys", "application/json",
                    "{\"name\":\"table\",\"roles\":[\"reader\"]}", Set.of(A)),
            row("GET", "/api/v1/admin/keys", "/api/v1/admin/keys", A),
            row("DELETE", "/api/v1/admin/keys/nope", "/api/v1/admin/keys/{id}", A),
            new Row("POST", "/api/v1/articles", "/api/v1/articles", "application/json", "{\"text\":\"Two ships sank.\"}",
                    Set.of(I, A)),
            new Row("POST", "/api/v1/articles/batch", "/api/v1/articles/batch", "application/x-ndjson",
                    "{\"text\":\"Two ships sank.\"}\n", Set.of(I, A)),
            row("GET", "/api/v1/articles/" + ClaimsStandIn.ARTICLE_WITH_CLAIMS, "/api/v1/articles/{id}", R, FC, A),
            row("GET", "/api/v1/sources", "/api/v1/sources", R, FC, A),
            row("GET", "/api/v1/sources/example.com", "/api/v1/sources/{outlet}", R, FC, A));

    @Test
    void every_operation_refuses_callers_without_a_key_or_its_role_and_admits_those_with_it() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String role : List.of(R, FC, I, A)) {
            keys.put(role, issue(role));
        }
        for (Row row : TABLE) {
            assertThat(call(row, null).status()).as("no key: " + row.verb() + " " + row.path()).isEqualTo(401);
            keys.forEach((role, key) -> {
                Answer r = call(row, key);
                String what = role + ": " + row.verb() + " " + row.path() + " answered " + r.status() + " " + r.body();
                if (row.allowed().contains(role)) {
                    assertThat(r.status()).as(what).isNotIn(401, 403).isLessThan(500);
                } else {
                    assertThat(r.status()).as(what).isEqualTo(403);
                    assertThat(r.contentType()).as(what).startsWith("application/problem+json");
                    assertThat(r.body()).as(what).contains("needs the");
                }
            });
        }
    }

    @Test
    void the_table_names_every_public_operation_in_the_openapi_document() {
        JsonPath openapi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, ops) -> ops.keySet().forEach(verb -> {
            if (path.startsWith("/api/")) {
                documented.add(verb.toUpperCase(java.util.Locale.ROOT) + " " + path);
            }
        }));
        Set<String> tabled = new TreeSet<>();
        TABLE.forEach(r -> tabled.add(r.verb() + " " + r.openApiPath()));
        assertThat(tabled).isEqualTo(documented);
    }

    /** What came back: for the SSE stream only the status and head, since it stays open. */
    record Answer(int status, String contentType, String body) {
    }

    private static Answer call(Row row, String key) {
        if (row.openApiPath().equals("/api/v1/alerts")) {
            return openStream(row.path(), key);
        }
        RequestSpecification spec = given();
        if (key != null) {
            spec = spec.header("Authorization", "Bearer " + key);
        }
        if (row.body() != null) {
            spec = spec.contentType(row.contentType()).body(row.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Response r = spec.request(row.verb(), row.path());
        return new Answer(r.statusCode(), r.contentType(), r.asString());
    }

    private static Answer openStream(String path, String key) {
        try {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) new java.net.URL(
                    "http://127.0.0.1:" + io.restassured.RestAssured.port + path).openConnection();
            if (key != null) {
                c.setRequestProperty("Authorization", "Bearer " + key);
            }
            c.setReadTimeout(30_000);
            int status = c.getResponseCode();
            String body = status >= 400 ? new String(c.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) : "";
            String type = c.getContentType();
            c.disconnect();
            return new Answer(status, type, body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Row row(String verb, String path, String openApiPath, String... allowed) {
        return new Row(verb, path, openApiPath, null, null, Set.of(allowed));
    }
}
