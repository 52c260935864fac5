package org.factline.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.factline.contracts.envelope.EventCodec;
import org.factline.extraction.domain.DateRules;
import org.factline.extraction.domain.QuantityFinder;
import org.factline.extraction.domain.QuantityMention;
import org.factline.extraction.domain.RuleSet;
import org.factline.extraction.domain.Timex;
import org.factline.extraction.domain.TimexFinder;
import org.junit.jupiter.api.Test;

/**
 * Pass rates on the English spec files of Microsoft Recognizers-Text, read from
 * {@code ../shared/eval/recognizers-text} at run time. A case passes when the extracted spans
 * (dates) or dollar amounts (currency) equal the expected ones exactly. The floors asserted are
 * below today's rates, so a regression fails the build; the rates themselves are printed and
 * recorded in docs/extraction-quality.md.
 */
class RecognizersTextEvalTest {

    private static final RuleSet RULES = RuleSet.load("en");
    /** The specs' own default reference date; only spans are scored, so it matters little. */
    private static final LocalDate REFERENCE = LocalDate.of(2016, 11, 7);
    private static final Set<String> REFS = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");

    private static List<JsonNode> cases(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<JsonNode> out = new ArrayList<>();
        EventCodec.mapper().readTree(json).forEach(out::add);
        return out;
    }

    @Test
    void date_extractor_spans() throws IOException {
        Path file = SharedData.require("eval/recognizers-text/Specs/DateTime/English/DateExtractor.json");
        TimexFinder finder = new TimexFinder(DateRules.load("en", RULES));
        int passed = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases(file)) {
            String input = c.get("Input").asText();
            Set<String> expected = new TreeSet<>();
            c.get("Results").forEach(r -> expected.add(r.get("Start").asInt() + "+" + r.get("Length").asInt()));
            Set<String> actual = new TreeSet<>();
            for (Timex t : finder.find(input, REFERENCE)) {
                if (t.type().equals("DATE") && !REFS.contains(t.value())) {
                    actual.add(t.start() + "+" + (t.end() - t.start()));
                }
            }
            total++;
            if (expected.equals(actual)) {
                passed++;
            } else {
                failures.add(input + "  expected " + expected + " got " + actual);
            }
        }
        report("DateTime/English/DateExtractor.json", passed, total, failures);
        assertThat(rate(passed, total)).as("date extractor pass rate").isGreaterThanOrEqualTo(DATE_FLOOR);
    }

    @Test
    void currency_model_dollar_amounts() throws IOException {
        Path file = SharedData.require("eval/recognizers-text/Specs/NumberWithUnit/English/CurrencyModel.json");
        QuantityFinder finder = new QuantityFinder(RULES);
        int passed = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases(file)) {
            String input = c.get("Input").asText();
            List<BigDecimal> expected = new ArrayList<>();
            boolean onlyDollars = true;
            for (JsonNode r : c.get("Results")) {
                String unit = r.path("Resolution").path("unit").asText("").toLowerCase(Locale.ROOT);
                onlyDollars &= unit.equals("dollar") || unit.equals("united states dollar");
                String v = r.path("Resolution").path("value").asText(null);
                if (v != null) {
                    expected.add(new BigDecimal(v).stripTrailingZeros());
                }
            }
            List<BigDecimal> actual = finder.find(input).stream().filter(m -> m.quantity().unit().equals("USD"))
                    .map(QuantityMention::quantity).map(q -> q.value().stripTrailingZeros()).toList();
            total++;
            if (onlyDollars && expected.equals(actual)) {
                passed++;
            } else {
                failures.add(input + "  expected " + expected + (onlyDollars ? "" : " (non-dollar)") + " got " + actual);
            }
        }
        report("NumberWithUnit/English/CurrencyModel.json", passed, total, failures);
        assertThat(rate(passed, total)).as("currency pass rate").isGreaterThanOrEqualTo(CURRENCY_FLOOR);
    }

    static final double DATE_FLOOR = 0.55; // measured 88/148
    static final double CURRENCY_FLOOR = 0.38; // measured 74/180

    private static double rate(int passed, int total) {
        return total == 0 ? 0 : (double) passed / total;
    }

    private static void report(String file, int passed, int total, List<String> failures) {
        System.out.printf(Locale.ROOT, "[recognizers-text] %s: %d/%d passed (%.1f%%)%n", file, passed, total, 100 * rate(passed, total));
        if (Boolean.getBoolean("factline.eval.verbose")) {
            failures.forEach(f -> System.out.println("  FAIL " + f));
        }
    }
}
