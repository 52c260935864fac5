package org.factline.gateway.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.factline.gateway.support.TestKeys.admin;
import static org.factline.gateway.support.TestKeys.as;
import static org.factline.gateway.support.TestKeys.issue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.gateway.support.TestKeys;
import org.junit.jupiter.api.Test;

/** API keys, roles, rate limits, and what stays open. claims-service is not needed for any of it. */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class AccessControlIT {

    @Inject
    MongoClient mongo;

    @Test
    void no_key_or_an_unknown_key_is_a_401_problem_naming_the_scheme() {
        given().get("/api/v1/alerts/recent").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer")).body("detail", containsString("Authorization: Bearer"));
        as("fl_0123456789abcdef_nope").get("/api/v1/alerts/recent").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("unknown"));
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/alerts/recent").then().statusCode(401);
        // An operator-shaped token is just an unknown key, never a query.
        as("{\"$gt\": \"\"}").get("/api/v1/alerts/recent").then().statusCode(401);
    }

    @Test
    void each_role_reaches_what_it_may_and_gets_a_403_problem_elsewhere() {
        String reader = issue("reader");
        String checker = issue("fact-checker");
        String ingester = issue("ingester");
        as(reader).get("/api/v1/alerts/recent").then().statusCode(200);
        as(checker).get("/api/v1/alerts/recent").then().statusCode(200); // fact-checker implies reader
        as(ingester).get("/api/v1/alerts/recent").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("needs the reader role"));
        as(reader).get("/api/v1/admin/keys").then().statusCode(403).contentType("application/problem+json");
        as(checker).get("/api/v1/admin/keys").then().statusCode(403);
        // The role is checked before anything is sent on to claims-service (not running here).
        as(reader).contentType(ContentType.JSON).body("{\"winningClaimId\":\"x\"}")
                .post("/api/v1/contradictions/c-1/verdict").then().statusCode(403)
                .body("detail", containsString("fact-checker"));
        as(ingester).get("/api/v1/events").then().statusCode(403);
        admin().get("/api/v1/alerts/recent").then().statusCode(200); // admin implies every role
    }

    @Test
    void an_issued_key_is_shown_once_stored_only_as_a_salted_hash_and_revocable() {
        Response issued = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "desk-42", "roles", List.of("reader", "fact-checker")))
                .post("/api/v1/admin/keys");
        issued.then().statusCode(201).header("Location", containsString("/api/v1/admin/keys/"))
                .body("key", notNullValue()).body("roles", hasItem("fact-checker"));
        String id = issued.path("id");
        String key = issued.path("key");
        as(key).get("/api/v1/alerts/recent").then().statusCode(200);

        JsonPath listed = admin().get("/api/v1/admin/keys").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("id")).contains(id);
        assertThat(listed.prettify()).doesNotContain(key).doesNotContain("hash").doesNotContain("salt");

        Document stored = mongo.getDatabase("factline_gateway").getCollection("api_keys").find(Filters.eq("_id", id)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).doesNotContain(key).doesNotContain(key.substring(key.lastIndexOf('_') + 1));
        assertThat(stored.getString("hash")).isNotBlank();
        assertThat(stored.getString("salt")).isNotBlank();

        admin().delete("/api/v1/admin/keys/" + id).then().statusCode(204);
        as(key).get("/api/v1/alerts/recent").then().statusCode(401);
        admin().get("/api/v1/admin/keys").then().body("find { it.id == '" + id + "' }.active", org.hamcrest.Matchers.is(false));
        admin().delete("/api/v1/admin/keys/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void two_keys_for_the_same_secret_are_never_stored_alike() {
        String a = issue("reader");
        String b = issue("reader");
        List<Document> docs = mongo.getDatabase("factline_gateway").getCollection("api_keys")
                .find(Filters.in("_id", a.substring(3, 19), b.substring(3, 19))).into(new java.util.ArrayList<>());
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).getString("salt")).isNotEqualTo(docs.get(1).getString("salt"));
    }

    @Test
    void the_bootstrap_admin_key_comes_from_configuration_and_is_stored_hashed() {
        admin().get("/api/v1/admin/keys").then().statusCode(200)
                .body("findAll { it.roles.contains('admin') && it.active }.size()", org.hamcrest.Matchers.greaterThan(0));
        Document bootstrap = mongo.getDatabase("factline_gateway").getCollection("api_keys")
                .find(Filters.eq("name", "bootstrap admin (FACTLINE_ADMIN_KEY)")).first();
        assertThat(bootstrap).isNotNull();
        assertThat(bootstrap.toJson()).doesNotContain(TestKeys.ADMIN);
    }

    @Test
    void bad_key_requests_are_400_problems() {
        admin().contentType(ContentType.JSON).body(Map.of("name", "x", "roles", List.of("root")))
                .post("/api/v1/admin/keys").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("unknown role 'root'"));
        admin().contentType(ContentType.JSON).body(Map.of("roles", List.of("reader")))
                .post("/api/v1/admin/keys").then().statusCode(400).body("detail", containsString("name"));
        admin().contentType(ContentType.JSON).body(Map.of("name", "x", "roles", List.of("reader"), "requestsPerMinute", 0))
                .post("/api/v1/admin/keys").then().statusCode(400).body("detail", containsString("requestsPerMinute"));
    }

    @Test
    void past_its_rate_limit_a_key_gets_a_429_problem_with_retry_after() {
        String limited = issue(3, "reader");
        for (int i = 0; i < 3; i++) {
            as(limited).get("/api/v1/alerts/recent").then().statusCode(200);
        }
        Response refused = as(limited).get("/api/v1/alerts/recent");
        refused.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        // Another key is not affected.
        as(issue("reader")).get("/api/v1/alerts/recent").then().statusCode(200);
    }

    @Test
    void health_metrics_and_openapi_stay_open() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void every_public_operation_states_its_role_in_openapi() {
        JsonPath openapi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        assertThat(paths.keySet()).contains("/api/v1/admin/keys", "/api/v1/alerts", "/api/v1/events",
                "/api/v1/contradictions/{id}/verdict");
        paths.forEach((path, operations) -> operations.forEach((verb, op) -> {
            if (path.startsWith("/api/")) {
                assertThat(String.valueOf(op.get("summary"))).as(verb + " " + path).containsPattern("\\(role: [a-z-]+\\)");
                assertThat(String.valueOf(op.get("security"))).as(verb + " " + path).contains("apiKey");
            }
        }));
        assertThat(openapi.getString("components.securitySchemes.apiKey.scheme")).isEqualTo("bearer");
    }

    @Test
    void cors_is_closed_by_default() {
        given().header("Origin", "https://elsewhere.example").get("/q/health/live").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/alerts/recent").then().header("Access-Control-Allow-Origin", nullValue());
        admin().header("Origin", "https://elsewhere.example").get("/api/v1/alerts/recent").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void listed_keys_never_carry_secrets() {
        issue("ingester");
        admin().get("/api/v1/admin/keys").then().statusCode(200)
                .body("key", everyItem(nullValue())).body("id", everyItem(not(nullValue())));
    }
}
