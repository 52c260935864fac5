package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.factline.contracts.value.TimeInterval;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Data-driven: every line of {@code spec/en/timexes.tsv} is one test. */
class TimexSpecTest {

    private static final TimexFinder FINDER = new TimexFinder(DateRules.load("en", RuleSet.load("en")));

    @TestFactory
    Stream<DynamicTest> spec_cases() throws IOException {
        try (InputStream in = TimexSpecTest.class.getResourceAsStream("/spec/en/timexes.tsv")) {
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return spec.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(line -> {
                String[] cells = line.split("\t", -1);
                LocalDate dct = cells[0].equals("-") ? null : LocalDate.parse(cells[0]);
                String sentence = cells[1];
                List<String> expected = cells.length < 3 || cells[2].isBlank() ? List.of() : Arrays.asList(cells[2].split(";"));
                return DynamicTest.dynamicTest(cells[0] + " " + sentence, () -> {
                    List<Timex> found = FINDER.find(sentence, dct);
                    List<String> actual = new ArrayList<>();
                    for (int i = 0; i < found.size(); i++) {
                        Timex t = found.get(i);
                        assertThat(sentence.substring(t.start(), t.end())).isEqualTo(t.text());
                        String basic = String.join("|", t.text(), t.type(), t.value());
                        boolean wantsBounds = i < expected.size() && expected.get(i).split("\\|").length > 3;
                        actual.add(wantsBounds ? basic + "|" + bounds(t.bounded()) : basic);
                    }
                    assertThat(actual).containsExactlyElementsOf(expected);
                });
            }).toList().stream();
        }
    }

    private static String bounds(TimeInterval i) {
        if (i == null) {
            return "unresolved";
        }
        return (i.start() == null ? "-" : i.start().atZone(ZoneOffset.UTC).toLocalDate().toString()) + "/"
                + (i.end() == null ? "-" : i.end().atZone(ZoneOffset.UTC).toLocalDate().toString());
    }
}
