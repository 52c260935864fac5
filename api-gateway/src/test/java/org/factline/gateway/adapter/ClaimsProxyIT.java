package org.factline.gateway.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.gateway.support.TestKeys.as;
import static org.factline.gateway.support.TestKeys.issue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.gateway.support.ClaimsStandIn;
import org.factline.gateway.support.ClaimsStandInProfile;
import org.junit.jupiter.api.Test;

/** Facts and contradictions through the gateway to a stand-in claims-service ({@link ClaimsStandIn}). */
@QuarkusTest
@TestProfile(ClaimsStandInProfile.class)
@QuarkusTestResource(FactlineInfraResource.class)
class ClaimsProxyIT {

    @ConfigProperty(name = "quarkus.rest-client.claims-service.url")
    String claimsUrl;

    @Test
    void a_fact_now_as_of_a_recorded_time_and_at_a_reference_time() {
        String reader = issue("reader");
        as(reader).get("/api/v1/facts/deaths:person").then().statusCode(200)
                .body("factKey", equalTo("deaths:person")).body("version", equalTo(2));
        as(reader).get("/api/v1/facts/deaths:person?asOf=2025-11-17T10:00:00Z&at=2025-11-12").then().statusCode(200)
                .body("version", equalTo(1)).body("asOf", equalTo("2025-11-17T10:00:00Z")).body("at", equalTo("2025-11-12"));
        as(reader).get("/api/v1/facts/deaths:person/versions").then().statusCode(200)
                .body("", hasSize(2)).body("[1].change", equalTo("CORROBORATED"));
    }

    @Test
    void claims_service_refusals_pass_through_with_their_detail() {
        String reader = issue("reader");
        as(reader).get("/api/v1/facts/deaths:person?asOf=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("asOf must be an ISO-8601 instant"));
        as(reader).get("/api/v1/facts/deaths:person?asOf=2024-01-01T00:00:00Z").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("had no version"));
        as(reader).get("/api/v1/facts/deaths:nobody").then().statusCode(404).body("detail", containsString("deaths:nobody"));
        as(reader).get("/api/v1/facts/deaths:nobody/versions").then().statusCode(404)
                .body("detail", containsString("no fact with key deaths:nobody"));
        as(reader).get("/api/v1/facts/NOT-A-KEY/versions").then().statusCode(400).body("detail", containsString("predicate:subject"));
        as(reader).get("/api/v1/contradictions?status=maybe").then().statusCode(400)
                .body("detail", containsString("open, resolved"));
        as(reader).get("/api/v1/contradictions/c-nope").then().statusCode(404).body("detail", containsString("c-nope"));
    }

    @Test
    void contradictions_list_and_one() {
        String reader = issue("reader");
        as(reader).get("/api/v1/contradictions?status=open").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].contradictionId", equalTo("c-open"));
        as(reader).get("/api/v1/contradictions/c-done").then().statusCode(200).body("status", equalTo("RESOLVED"));
        as(reader).get("/api/v1/contradictions?limit=0").then().statusCode(400);
    }

    @Test
    void a_verdict_is_recorded_with_the_reviewer_taken_from_the_api_key() {
        String checker = issue("fact-checker");
        as(checker).contentType(ContentType.JSON)
                .body("{\"winningClaimId\":\"w1\",\"note\":\"port log\",\"reviewer\":\"someone else\"}")
                .post("/api/v1/contradictions/c-open/verdict").then().statusCode(200)
                .body("resolution", equalTo("CLAIM_UPHELD")).body("factVersion", equalTo(3));
        String received = given().baseUri(claimsUrl).get("/__standin/last-verdict").then().statusCode(200)
                .extract().asString();
        assertThat(received).contains("\"reviewer\":\"test-fact-checker-").contains("(key ").doesNotContain("someone else")
                .contains("\"note\":\"port log\"");
    }

    @Test
    void verdict_refusals_pass_through_400_with_fields_404_and_409() {
        String checker = issue("fact-checker");
        as(checker).contentType(ContentType.JSON).body("{\"note\":\"undecided\"}")
                .post("/api/v1/contradictions/c-open/verdict").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("winningClaimId"));
        as(checker).contentType(ContentType.JSON).body("{\"winningClaimId\":\"w1\"}")
                .post("/api/v1/contradictions/c-unknown/verdict").then().statusCode(404)
                .body("detail", containsString("c-unknown"));
        as(checker).contentType(ContentType.JSON).body("{\"winningClaimId\":\"w1\"}")
                .post("/api/v1/contradictions/c-done/verdict").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already resolved"));
        as(checker).contentType(ContentType.JSON).body("[1,2]")
                .post("/api/v1/contradictions/c-open/verdict").then().statusCode(400)
                .body("detail", containsString("verdict body is required"));
        as(checker).contentType(ContentType.JSON).body("{not json")
                .post("/api/v1/contradictions/c-open/verdict").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_resolved_verdict_as_schema_org_claim_review_json_ld() {
        String reader = issue("reader");
        as(reader).accept("application/ld+json").get("/api/v1/contradictions/c-done/claimreview").then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@graph'", hasSize(2))
                .body("'@graph'[0].'@type'", equalTo("ClaimReview"))
                .body("'@graph'[0].claimReviewed", equalTo("at least 83 dead"))
                .body("'@graph'[0].reviewRating.alternateName", equalTo("False"))
                .body("'@graph'[0].itemReviewed.appearance[0].publisher.name", equalTo("example.org"))
                .body("'@graph'[0].author.name", equalTo("desk"))
                .body("'@graph'[0].datePublished", equalTo("2025-11-19T14:00:00Z"))
                .body("'@graph'[1].claimReviewed", equalTo("120 people died"))
                .body("'@graph'[1].reviewRating.alternateName", equalTo("True"));
        as(reader).get("/api/v1/contradictions/c-open/claimreview").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("no verdict yet"));
        as(reader).get("/api/v1/contradictions/c-nac/claimreview").then().statusCode(409)
                .body("detail", containsString("NOT_A_CONTRADICTION"));
        as(reader).get("/api/v1/contradictions/c-nope/claimreview").then().statusCode(404);
    }

    @Test
    void every_proxied_endpoint_needs_its_role() {
        given().get("/api/v1/facts/deaths:person").then().statusCode(401);
        given().get("/api/v1/contradictions").then().statusCode(401);
        as(issue("ingester")).get("/api/v1/facts/deaths:person/versions").then().statusCode(403);
        as(issue("ingester")).get("/api/v1/contradictions/c-open").then().statusCode(403);
        as(issue("reader")).contentType(ContentType.JSON).body("{\"winningClaimId\":\"w1\"}")
                .post("/api/v1/contradictions/c-open/verdict").then().statusCode(403);
    }
}
