package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
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
        return SpecFile.rows("/spec/en/quantities.tsv").stream().map(cells -> {
            String sentence = cells.get(0);
            List<String> expected = cells.size() < 2 || cells.get(1).isBlank() ? List.of() : Arrays.asList(cells.get(1).split(";"));
            return DynamicTest.dynamicTest(sentence, () -> assertThat(FINDER.find(sentence).stream()
                    .map(m -> String.join("|", m.text(), m.quantity().value().toPlainString(), m.quantity().unit(),
                            m.quantity().qualifier().symbol(), bound(m.quantity().low()) + ".." + bound(m.quantity().high()),
                            m.predicate() + ":" + m.subjectSlug()))
                    .toList()).containsExactlyElementsOf(expected));
        });
    }

    private static String bound(BigDecimal b) {
        return b == null ? "*" : b.toPlainString();
    }
}
