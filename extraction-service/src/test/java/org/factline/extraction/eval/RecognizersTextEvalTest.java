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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pass rates on the English spec files of Microsoft Recognizers-Text, read from
 * {@code ../shared/eval/recognizers-text} at run time, reported per file. A case passes when the
 * extracted spans (and for parser files the TIMEX3 values) or dollar amounts (currency) equal the
 * expected ones exactly. The floors asserted are below today's rates, so a regression fails the
 * build; the rates themselves are printed and recorded in docs/extraction-quality.md.
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

    /**
     * One DateTime spec file: an extractor file passes a case when our timexes of the listed TIMEX3
     * types have exactly the expected spans; a parser file also needs each value to equal the
     * expected TIMEX3 value or one of its past/future resolutions. The DCT is the case's
     * ReferenceDateTime, else the specs' default. Floors sit just below the measured rates
     * (docs/extraction-quality.md). Range files ("from 4pm to 5pm") are mostly out of scope for a
     * TIMEX3 tagger, which marks the two ends separately; TimePeriodExtractor is left out for that.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "DateExtractor,         DATE,           false, 0.92",
        "DateParser,            DATE,           true,  0.82",
        "DatePeriodExtractor,   DATE,           false, 0.32",
        "DateTimeExtractor,     DATE TIME REF,  false, 0.27",
        "DateTimePeriodExtractor, DATE TIME,    false, 0.08",
        "DurationExtractor,     DURATION,       false, 0.34",
        "DurationParser,        DURATION,       true,  0.25",
        "HolidayExtractor,      DATE,           false, 0.41",
        "SetExtractor,          SET,            false, 0.38",
        "SetParser,             SET,            true,  0.40",
        "TimeExtractor,         TIME,           false, 0.28",
    })
    void datetime_spec_file(String name, String types, boolean values, double floor) throws IOException {
        String relative = "DateTime/English/" + name + ".json";
        Path file = SharedData.require("eval/recognizers-text/Specs/" + relative);
        TimexFinder finder = new TimexFinder(DateRules.load("en", RULES));
        Set<String> wanted = Set.of(types.split(" "));
        int passed = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases(file)) {
            String input = c.get("Input").asText();
            String reference = c.path("Context").path("ReferenceDateTime").asText("");
            LocalDate dct = reference.length() >= 10 ? LocalDate.parse(reference.substring(0, 10)) : REFERENCE;
            Set<String> expected = new TreeSet<>();
            java.util.Map<String, Set<String>> expectedValues = new java.util.HashMap<>();
            for (JsonNode r : c.get("Results")) {
                String span = r.get("Start").asInt() + "+" + r.get("Length").asInt();
                expected.add(span);
                Set<String> accepted = new java.util.HashSet<>();
                JsonNode v = r.path("Value");
                accepted.add(v.path("Timex").asText());
                v.path("FutureResolution").forEach(n -> accepted.add(n.asText()));
                v.path("PastResolution").forEach(n -> accepted.add(n.asText()));
                expectedValues.put(span, accepted);
            }
            Set<String> actual = new TreeSet<>();
            boolean valuesOk = true;
            List<String> got = new ArrayList<>();
            for (Timex t : finder.find(input, dct)) {
                boolean ref = REFS.contains(t.value());
                if (wanted.contains(t.type()) && (!ref || wanted.contains("REF"))) {
                    String span = t.start() + "+" + (t.end() - t.start());
                    actual.add(span);
                    got.add(span + "=" + t.value());
                    valuesOk &= !values || expectedValues.getOrDefault(span, Set.of()).contains(t.value());
                }
            }
            total++;
            if (expected.equals(actual) && valuesOk) {
                passed++;
            } else {
                failures.add(input + "  expected " + (values ? expectedValues : expected) + " got " + got);
            }
        }
        report(relative, passed, total, failures);
        assertThat(rate(passed, total)).as(name + " pass rate").isGreaterThanOrEqualTo(floor);
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
