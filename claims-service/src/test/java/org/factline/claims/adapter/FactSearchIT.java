package org.factline.claims.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.factline.contracts.value.FactKey;
import org.factline.deploy.testing.FactlineInfraResource;
import org.junit.jupiter.api.Test;

/**
 * The fact search's outlet and reference-time filters, its cursor pages and its refusals, over
 * facts made through the real broker and store. Each test uses an outlet of its own, so the
 * outlet filter keeps other tests' facts out of its results.
 */
@QuarkusTest
@QuarkusTestResource(FactlineInfraResource.class)
class FactSearchIT {

    /** Three facts reported by a fresh outlet: for 10 March, for 12 March, and without a reference time; keys sorted. */
    private static List<String> threeFactsFrom(String outlet) {
        List<FactKey> keys = Stream.of(ClaimMessages.freshKey("deaths"), ClaimMessages.freshKey("deaths"),
                ClaimMessages.freshKey("deaths")).toList();
        ClaimMessages.sendExact(keys.get(0), ClaimMessages.fresh("m10"), outlet, "2025-03-10", "7");
        ClaimMessages.sendExact(keys.get(1), ClaimMessages.fresh("m12"), outlet, "2025-03-12", "9");
        ClaimMessages.sendExact(keys.get(2), ClaimMessages.fresh("none"), outlet, null, "4");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(search("outlet=" + outlet).getList("items")).hasSize(3));
        return keys.stream().map(FactKey::value).toList();
    }

    private static JsonPath search(String query) {
        return given().get("/internal/v1/facts?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void outlet_and_reference_range_select_the_overlapping_facts() {
        String outlet = ClaimMessages.fresh("range.example");
        List<String> keys = threeFactsFrom(outlet);

        assertThat(search("outlet=" + outlet).getList("items.factKey", String.class)).containsExactlyElementsOf(
                keys.stream().sorted().toList());
        // 10 March ends where 11 March starts, so it does not overlap [11 March, ...); the undated fact matches no range.
        assertThat(search("outlet=" + outlet + "&from=2025-03-11").getList("items.factKey", String.class))
                .containsExactly(keys.get(1));
        // A date as upper bound covers its whole day.
        assertThat(search("outlet=" + outlet + "&to=2025-03-10").getList("items.factKey", String.class))
                .containsExactly(keys.get(0));
        assertThat(search("outlet=" + outlet + "&from=2025-03-10T12:00:00Z&to=2025-03-12T00:00:01Z")
                .getList("items.factKey", String.class)).containsExactlyInAnyOrder(keys.get(0), keys.get(1));
        assertThat(search("outlet=" + ClaimMessages.fresh("nobody.example")).getList("items")).isEmpty();
    }

    @Test
    void cursor_pages_follow_each_other_without_overlap_and_the_last_has_no_next() {
        String outlet = ClaimMessages.fresh("pages.example");
        List<String> keys = threeFactsFrom(outlet);

        JsonPath first = search("outlet=" + outlet + "&limit=2");
        String next = first.getString("next");
        assertThat(next).isNotBlank();
        JsonPath second = given().queryParam("outlet", outlet).queryParam("limit", 2).queryParam("cursor", next)
                .get("/internal/v1/facts").then().statusCode(200).body("next", nullValue()).extract().jsonPath();

        List<String> seen = new ArrayList<>(first.getList("items.factKey", String.class));
        seen.addAll(second.getList("items.factKey", String.class));
        assertThat(first.getList("items")).hasSize(2);
        assertThat(seen).containsExactlyElementsOf(keys.stream().sorted().toList());
        assertThat(search("outlet=" + outlet + "&limit=3").getString("next")).isNull();
    }

    @Test
    void a_fact_lists_its_claims_with_outlet_article_and_quote() {
        String outlet = ClaimMessages.fresh("quotes.example");
        FactKey key = ClaimMessages.freshKey("deaths");
        String claimId = ClaimMessages.fresh("q");
        ClaimMessages.sendExact(key, claimId, outlet, "2025-03-10", "7");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/internal/v1/facts/" + key.value() + "/claims").then().statusCode(200)
                        .body("claimId", contains(claimId))
                        .body("[0].outlet", equalTo(outlet))
                        .body("[0].articleId", equalTo("art-" + claimId))
                        .body("[0].quote", equalTo("7 people were killed"))
                        .body("[0].referenceTime.timex", equalTo("2025-03-10"))
                        .body("[0].status", equalTo("active")));
        given().get("/internal/v1/facts/deaths:nobody-here/claims").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void bad_cursor_dates_and_ranges_are_400_problems_naming_the_parameter() {
        given().get("/internal/v1/facts?cursor=not*a*cursor").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        given().get("/internal/v1/facts?cursor=bm90LWEta2V5").then().statusCode(400) // base64 of "not-a-key"
                .body("errors[0].field", equalTo("cursor"));
        given().get("/internal/v1/facts?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().get("/internal/v1/facts?to=2025-13-01").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().get("/internal/v1/facts?from=2025-03-12&to=2025-03-10").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        // Operator-looking text is an outlet name like any other: no fact has it.
        given().queryParam("outlet", "{\"$ne\":\"\"}").get("/internal/v1/facts").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
