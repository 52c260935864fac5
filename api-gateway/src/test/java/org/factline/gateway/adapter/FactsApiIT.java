package org.factline.gateway.adapter;

import static org.factline.gateway.support.TestKeys.as;
import static org.factline.gateway.support.TestKeys.issue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.gateway.support.ClaimsStandIn;
import org.factline.gateway.support.ClaimsStandInProfile;
import org.junit.jupiter.api.Test;

/** The public fact search, fact detail and fact ClaimReview against a stand-in claims-service ({@link ClaimsStandIn}). */
@QuarkusTest
@TestProfile(ClaimsStandInProfile.class)
@QuarkusTestResource(FactlineInfraResource.class)
class FactsApiIT {

    @Test
    void search_passes_every_filter_and_the_cursor_on_and_keeps_the_page_shape() {
        as(issue("reader")).queryParam("predicate", "deaths").queryParam("subject", " per ").queryParam("status", "contested")
                .queryParam("outlet", "example.com").queryParam("from", "2025-11-01").queryParam("to", "2025-11-30T12:00:00Z")
                .queryParam("cursor", "abc").queryParam("limit", 7)
                .get("/api/v1/facts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].predicate", equalTo("deaths"))
                .body("items[0].subject", equalTo("per"))
                .body("items[0].status", equalTo("contested"))
                .body("items[0].outlet", equalTo("example.com"))
                .body("items[0].from", equalTo("2025-11-01"))
                .body("items[0].to", equalTo("2025-11-30T12:00:00Z"))
                .body("items[0].cursor", equalTo("abc"))
                .body("items[0].limit", equalTo("7"))
                .body("next", equalTo("bmV4dA"));
        as(issue("reader")).get("/api/v1/facts").then().statusCode(200)
                .body("items[0].outlet", nullValue()).body("items[0].cursor", nullValue());
    }

    @Test
    void a_refused_search_parameter_is_a_400_naming_it() {
        as(issue("reader")).get("/api/v1/facts?cursor=bad").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void the_current_fact_comes_with_versions_and_claims_linked_to_their_articles() {
        String reader = issue("reader");
        as(reader).get("/api/v1/facts/deaths:person").then().statusCode(200)
                .body("factKey", equalTo("deaths:person"))
                .body("versions", hasSize(2))
                .body("versions[1].change", equalTo("CORROBORATED"))
                .body("claims", hasSize(3))
                .body("claims[0].claimId", equalTo("e1"))
                .body("claims[0].quote", equalTo("83 dead"))
                .body("claims[0].outlet", equalTo("example.org"))
                .body("claims[0].url", equalTo("https://example.org/e1"))
                .body("claims[0].article", equalTo("/api/v1/articles/a-old"))
                .body("claims[2].article", equalTo("/api/v1/articles/a%2Fthird"));
        // A fact travelled back in time is the fact alone.
        as(reader).get("/api/v1/facts/deaths:person?asOf=2025-11-17T10:00:00Z").then().statusCode(200)
                .body("version", equalTo(1)).body("claims", nullValue()).body("versions", nullValue());
    }

    @Test
    void a_fact_with_a_resolved_verdict_has_a_claim_review_listing_every_appearance() {
        String reader = issue("reader");
        as(reader).accept("application/ld+json").get("/api/v1/facts/deaths:person/claimreview").then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@graph'", hasSize(2))
                .body("'@graph'[0].identifier", equalTo("c-done/e1"))
                .body("'@graph'[0].reviewRating.alternateName", equalTo("False"))
                .body("'@graph'[0].itemReviewed.appearance", hasSize(1))
                .body("'@graph'[0].itemReviewed.appearance[0].url", equalTo("https://example.org/e1"))
                .body("'@graph'[1].reviewRating.alternateName", equalTo("True"))
                // The upheld 120 also appeared in a third article, which asserts the same value.
                .body("'@graph'[1].itemReviewed.appearance", hasSize(2))
                .body("'@graph'[1].itemReviewed.appearance[0].identifier", equalTo("a-new"))
                .body("'@graph'[1].itemReviewed.appearance[1].identifier", equalTo("a/third"))
                .body("'@graph'[1].itemReviewed.appearance[1].publisher.name", equalTo("example.net"));
    }

    @Test
    void a_fact_without_a_resolved_verdict_has_no_claim_review() {
        as(issue("reader")).get("/api/v1/facts/count:ship/claimreview").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no resolved verdict"));
    }
}
