package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Data-driven: every line of {@code spec/en/quantities.tsv} is one test. */
class QuantitySpecTest {

    private static final QuantityFinder FINDER = new QuantityFinder(RuleSet.load("en"));

    @TestFactory
    Stream<DynamicTest> spec_cases() throws IOException {
        try (InputStream in = QuantitySpecTest.class.getResourceAsStream("/spec/en/quantities.tsv")) {
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return spec.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(line -> {
                String[] cells = line.split("\t", -1);
                String sentence = cells[0];
                List<String> expected = cells.length < 2 || cells[1].isBlank() ? List.of() : Arrays.asList(cells[1].split(";"));
                return DynamicTest.dynamicTest(sentence, () -> assertThat(FINDER.find(sentence).stream()
                        .map(m -> String.join("|", m.text(), m.quantity().value().toPlainString(), m.quantity().unit(),
                                m.quantity().qualifier().symbol(), m.predicate()))
                        .toList()).containsExactlyElementsOf(expected));
            }).toList().stream();
        }
    }
}
