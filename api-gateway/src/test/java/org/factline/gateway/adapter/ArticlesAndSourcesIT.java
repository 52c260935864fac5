package org.factline.gateway.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.gateway.support.TestKeys.as;
import static org.factline.gateway.support.TestKeys.issue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.deploy.testing.FactlineInfraResource;
import org.factline.gateway.support.ClaimsStandIn;
import org.factline.gateway.support.ClaimsStandInProfile;
import org.factline.gateway.support.IngestStandIn;
import org.junit.jupiter.api.Test;

/** Articles through the gateway to a stand-in ingest-service, their claims and sources from a stand-in claims-service. */
@QuarkusTest
@TestProfile(ClaimsStandInProfile.class)
@QuarkusTestResource(FactlineInfraResource.class)
class ArticlesAndSourcesIT {

    @ConfigProperty(name = "factline.gateway.ingest.url")
    String ingestUrl;

    @Test
    void an_article_post_keeps_ingest_services_status_and_problem_bodies() {
        String ingester = issue("ingester");
        as(ingester).contentType(ContentType.JSON).body("{\"text\":\"At least 83 people died.\",\"outlet\":\"example.com\"}")
                .post("/api/v1/articles").then().statusCode(202)
                .body("id", equalTo(IngestStandIn.PLAIN_ARTICLE)).body("status", equalTo("accepted"));
        as(ingester).contentType(ContentType.JSON).body("{\"title\":\"no text\"}")
                .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        as(ingester).contentType(ContentType.JSON).body("{\"text\":\"fail\"}")
                .post("/api/v1/articles").then().statusCode(503).header("Retry-After", "5")
                .contentType("application/problem+json").body("detail", containsString("ingest-service answered 500"));
    }

    @Test
    void an_article_with_its_claims_and_ingest_refusals_passed_on() {
        String reader = issue("reader");
        as(reader).get("/api/v1/articles/" + ClaimsStandIn.ARTICLE_WITH_CLAIMS).then().statusCode(200)
                .body("status", equalTo("published")).body("outlet", equalTo("example.com"))
                .body("claims", hasSize(1)).body("claims[0].factKey", equalTo("deaths:person"))
                .body("claims[0].provenance.articleId", equalTo(ClaimsStandIn.ARTICLE_WITH_CLAIMS));
        as(reader).get("/api/v1/articles/" + IngestStandIn.PLAIN_ARTICLE).then().statusCode(200)
                .body("claims", hasSize(0));
        as(reader).get("/api/v1/articles/ffffffffffffffff").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("ffffffffffffffff"));
        as(reader).get("/api/v1/articles/" + IngestStandIn.BROKEN_ARTICLE).then().statusCode(503)
                .header("Retry-After", "5").contentType("application/problem+json");
        as(reader).get("/api/v1/articles/{id}", "..;$gt").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("article id"));
    }

    @Test
    void a_batch_streams_through_line_by_line_before_the_client_has_finished_sending() throws Exception {
        String ingester = issue("ingester");
        int before = linesRead();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/articles/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ingester
                    + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // Five lines of 36 KB, well past the server's input buffer; the rest of the body only after ingest-service
            // has read a line, which it could not if the gateway held the body until its end. (The last few KB
            // before a pause in the upload may wait in the gateway's read buffer until more arrives or the body ends.)
            String line = "{\"text\":\"" + "The ferry left the harbour at dawn. ".repeat(1000) + "\",\"outlet\":\"example.com\"}\n";
            chunk(out, line.repeat(5));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> linesRead() > before);
            chunk(out, "{\"title\":\"no text\"}\n{\"text\":\"Two ships sank.\"}\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = read(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"accepted\":6").contains("\"rejected\":1")
                    .contains("{\"line\":6,\"status\":\"rejected\"}");
        }
        assertThat(linesRead()).isEqualTo(before + 7);
    }

    private static void chunk(OutputStream out, String text) throws java.io.IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void body_limits_are_per_endpoint_with_a_413_problem() {
        String admin = issue("admin");
        String big = "x".repeat(70 * 1024);
        as(admin).contentType(ContentType.JSON).body("{\"name\":\"" + big + "\",\"roles\":[\"reader\"]}")
                .post("/api/v1/admin/keys").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("65536"));
        // A single article may be larger than that, up to 8 MB.
        as(admin).contentType(ContentType.JSON).body("{\"text\":\"" + big + "\"}").post("/api/v1/articles")
                .then().statusCode(202);
        as(admin).contentType(ContentType.JSON).body("{\"text\":\"" + "y".repeat(9 * 1024 * 1024) + "\"}")
                .post("/api/v1/articles").then().statusCode(413);
        // A batch has only the server-wide limit.
        as(admin).contentType("application/x-ndjson")
                .body(("{\"text\":\"" + "z".repeat(1024 * 1024) + "\"}\n").repeat(9).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles/batch").then().statusCode(200).body("accepted", equalTo(9));
    }

    @Test
    void sources_with_reliability_most_reliable_first() {
        String reader = issue("reader");
        as(reader).get("/api/v1/sources").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].outlet", equalTo("example.com"))
                .body("items[0].reliability", equalTo(0.9f)).body("items[1].verdictsLost", equalTo(0));
        as(reader).get("/api/v1/sources/example.org").then().statusCode(200).body("reliability", equalTo(0.4f));
        as(reader).get("/api/v1/sources/nowhere.example").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("nowhere.example"));
    }

    private int linesRead() {
        return Integer.parseInt(given().baseUri(ingestUrl).get("/__ingest/lines").then().statusCode(200)
                .extract().asString().strip());
    }

    private static String read(InputStream in) throws Exception {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
