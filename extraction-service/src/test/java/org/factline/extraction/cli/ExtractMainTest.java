package org.factline.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.event.ClaimExtracted;
import org.junit.jupiter.api.Test;

class ExtractMainTest {

    private final ExtractMain cli = new ExtractMain(Clock.fixed(Instant.parse("2025-11-19T00:00:00Z"), ZoneOffset.UTC));

    private record Run(int rejected, List<JsonNode> lines, String stderr) {
    }

    private Run run(String input) throws Exception {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rejected = cli.run(new StringReader(input), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = out.toString().lines().map(l -> {
            try {
                return EventCodec.mapper().readTree(l);
            } catch (Exception e) {
                throw new AssertionError("stdout line is not JSON: " + l, e);
            }
        }).toList();
        return new Run(rejected, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writes_one_line_per_document_in_input_order_with_the_issue_shape() throws Exception {
        String text = "The USS Gerald R. Ford arrived in the Caribbean on Nov 16. At least 83 people died.";
        Run r = run("{\"id\":\"b\",\"text\":\"" + text + "\",\"publishedAt\":\"2025-11-18T09:00:00Z\",\"language\":\"en\"}\n"
                + "{\"id\":\"a\",\"text\":\"Nothing to see.\"}\n");
        assertThat(r.rejected()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(r.lines()).extracting(n -> n.get("id").asText()).containsExactly("b", "a");
        JsonNode first = r.lines().get(0);
        assertThat(first.get("dct").asText()).isEqualTo("2025-11-18");
        assertThat(first.get("dctSource").asText()).isEqualTo("given");
        JsonNode timex = first.get("timexes").get(0);
        assertThat(text.substring(timex.get("start").asInt(), timex.get("end").asInt())).isEqualTo("Nov 16");
        assertThat(timex.get("type").asText()).isEqualTo("DATE");
        assertThat(timex.get("value").asText()).isEqualTo("2025-11-16");
        JsonNode q = first.get("quantities").get(0);
        assertThat(q.get("text").asText()).isEqualTo("At least 83 people");
        assertThat(q.get("qualifier").asText()).isEqualTo(">=");
        assertThat(q.get("low").asInt()).isEqualTo(83);
        assertThat(q.get("high").isNull()).isTrue();
        List<String> keys = first.get("claims").findValuesAsText("measure");
        assertThat(keys).containsExactlyInAnyOrder("deaths:person", "arrival:gerald-r-ford");
        ClaimExtracted claim = EventCodec.mapper().treeToValue(first.get("claims").get(0), ClaimExtracted.class);
        assertThat(claim.provenance().articleId()).isEqualTo("b");
        JsonNode second = r.lines().get(1);
        assertThat(second.get("dct").isNull()).isTrue();
        assertThat(second.get("dctSource").asText()).isEqualTo("none");
        assertThat(second.get("claims")).isEmpty();
    }

    @Test
    void bad_lines_are_reported_and_skipped_and_languages_without_rules_yield_no_claims() throws Exception {
        Run r = run("not json\n{\"id\":\"x\"}\n\n{\"id\":\"y\",\"text\":\"t\",\"publishedAt\":\"yesterday\"}\n"
                + "{\"id\":\"z\",\"text\":\"t\",\"language\":\"de\"}\n[1]\n{\"id\":\"ok\",\"text\":\"12 ships.\",\"publishedAt\":\"2025-11-18\"}\n");
        assertThat(r.rejected()).isEqualTo(4);
        assertThat(r.lines()).extracting(n -> n.get("id").asText()).containsExactly("z", "ok");
        assertThat(r.lines().get(0).get("claims")).as("no German rules yet: no claims, no error").isEmpty();
        assertThat(r.lines().get(1).get("dct").asText()).isEqualTo("2025-11-18");
        List<String> errors = r.stderr().lines().toList();
        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).startsWith("extract: line 1: not JSON: ");
        assertThat(errors.subList(1, 5)).containsExactly(
                "extract: line 2: field 'text' is missing, empty or not a string",
                "extract: line 4: document y: publishedAt 'yesterday' is not an ISO-8601 date or date-time",
                "extract: line 5: document z: language 'de' has no extraction rules yet (planned): no claims",
                "extract: line 6: expected a JSON object");
    }
}
