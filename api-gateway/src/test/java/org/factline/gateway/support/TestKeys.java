package org.factline.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API keys for tests: the configured bootstrap admin key, and keys issued through the admin API. */
public final class TestKeys {

    /** {@code %test.factline.gateway.admin-key} in application.properties. */
    public static final String ADMIN = "factline-test-admin-key";

    private TestKeys() {
    }

    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    public static RequestSpecification admin() {
        return as(ADMIN);
    }

    public static String issue(String... roles) {
        return issue(null, roles);
    }

    /** Issues a key with the given roles (and per-minute limit, when not null) and returns its token. */
    public static String issue(Integer perMinute, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "test-" + String.join("+", roles) + "-" + UUID.randomUUID());
        body.put("roles", List.of(roles));
        if (perMinute != null) {
            body.put("requestsPerMinute", perMinute);
        }
        return admin().contentType(ContentType.JSON).body(body).post("/api/v1/admin/keys")
                .then().statusCode(201).extract().path("key");
    }
}
