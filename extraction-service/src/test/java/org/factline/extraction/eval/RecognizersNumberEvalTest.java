package org.factline.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.value.Quantity;
import org.factline.extraction.domain.QuantityFinder;
import org.factline.extraction.domain.QuantityMention;
import org.factline.extraction.domain.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * Pass rates on the English number and unit spec files of Microsoft Recognizers-Text, read from
 * {@code ../shared/eval/recognizers-text/Specs} at run time. A case passes when the values found
 * equal the expected ones, in order (spans are not compared: Factline's mentions include
 * qualifiers and units, which the specs split differently). Floors sit just below the measured
 * rates so a regression fails; the rates are printed and recorded in docs/extraction-quality.md.
 */
class RecognizersNumberEvalTest {

    private static final QuantityFinder FINDER = new QuantityFinder(RuleSet.load("en"));

    static final double NUMBER_FLOOR = 0.24; // measured 59/235
    static final double PERCENT_FLOOR = 0.45; // measured 10/20
    static final double RANGE_FLOOR = 0.36; // measured 33/87
    static final double DIMENSION_FLOOR = 0.62; // measured 65/100

    @Test
    void number_model_values() throws IOException {
        double rate = score("Number/English/NumberModel.json", r -> value(r.path("Resolution").path("value").asText("")),
                text -> FINDER.findNumbers(text).stream().filter(m -> !m.quantity().unit().equals("percent"))
                        .map(m -> plain(m.quantity().value())).toList());
        assertThat(rate).as("NumberModel pass rate").isGreaterThanOrEqualTo(NUMBER_FLOOR);
    }

    @Test
    void percent_model_values() throws IOException {
        double rate = score("Number/English/PercentModel.json", r -> value(r.path("Resolution").path("value").asText("").replace("%", "")),
                text -> FINDER.findNumbers(text).stream().filter(m -> m.quantity().unit().equals("percent"))
                        .map(m -> plain(m.quantity().value())).toList());
        assertThat(rate).as("PercentModel pass rate").isGreaterThanOrEqualTo(PERCENT_FLOOR);
    }

    @Test
    void number_range_model_intervals() throws IOException {
        double rate = score("Number/English/NumberRangeModel.json", r -> r.path("Resolution").path("value").asText(""),
                text -> FINDER.findNumbers(text).stream().map(QuantityMention::quantity).map(RecognizersNumberEvalTest::interval)
                        .filter(i -> i != null).toList());
        assertThat(rate).as("NumberRangeModel pass rate").isGreaterThanOrEqualTo(RANGE_FLOOR);
    }

    @Test
    void dimension_model_values() throws IOException {
        double rate = score("NumberWithUnit/English/DimensionModel.json", r -> value(r.path("Resolution").path("value").asText("")),
                text -> FINDER.find(text).stream().filter(m -> m.ruleId().equals("en.quantity.count-noun"))
                        .map(m -> plain(m.quantity().value())).toList());
        assertThat(rate).as("DimensionModel pass rate").isGreaterThanOrEqualTo(DIMENSION_FLOOR);
    }

    /** Recognizers-Text's interval notation for a qualified number; null for a plain one. */
    static String interval(Quantity q) {
        String v = plain(q.value());
        return switch (q.qualifier()) {
            case MORE_THAN -> "(" + v + ",)";
            case AT_LEAST -> "[" + v + ",)";
            case FEWER_THAN -> "(," + v + ")";
            case AT_MOST -> "(," + v + "]";
            case RANGE -> "[" + plain(q.low()) + "," + plain(q.high()) + ")";
            default -> null;
        };
    }

    private static String value(String v) {
        try {
            return plain(new BigDecimal(v.replace(",", "")));
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static double score(String relative, Function<JsonNode, String> expectedValue, Function<String, List<String>> actual)
            throws IOException {
        Path file = SharedData.require("eval/recognizers-text/Specs/" + relative);
        String json = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
        int passed = 0;
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode c : EventCodec.mapper().readTree(json)) {
            String input = c.get("Input").asText();
            List<String> expected = new ArrayList<>();
            c.get("Results").forEach(r -> expected.add(expectedValue.apply(r)));
            List<String> got = actual.apply(input);
            total++;
            if (expected.equals(got)) {
                passed++;
            } else {
                failures.add(input + "  expected " + expected + " got " + got);
            }
        }
        double rate = total == 0 ? 0 : (double) passed / total;
        System.out.printf(Locale.ROOT, "[recognizers-text] %s: %d/%d passed (%.1f%%)%n", relative, passed, total, 100 * rate);
        if (Boolean.getBoolean("factline.eval.verbose")) {
            failures.forEach(f -> System.out.println("  FAIL " + f));
        }
        return rate;
    }
}
