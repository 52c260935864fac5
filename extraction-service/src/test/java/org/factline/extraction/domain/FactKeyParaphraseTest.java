package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.factline.contracts.event.ClaimExtracted;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven: every line of {@code spec/en/fact-key-pairs.tsv} is a pair of our own sentences
 * that must (same) or must not (different) share a fact key, the keying algorithm's contract.
 */
class FactKeyParaphraseTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RuleSet.load("en"));
    private static final Instant PUBLISHED = Instant.parse("2025-11-18T09:00:00Z");

    @TestFactory
    Stream<DynamicTest> paraphrase_pairs() throws IOException {
        return SpecFile.rows("/spec/en/fact-key-pairs.tsv").stream().map(cells -> DynamicTest.dynamicTest(
                cells.get(0) + ": " + cells.get(1) + " / " + cells.get(2), () -> {
                    String a = onlyKey(cells.get(1));
                    String b = onlyKey(cells.get(2));
                    assertThat(a).as("key of A").isEqualTo(cells.get(3));
                    if (cells.get(0).equals("same")) {
                        assertThat(b).as("key of B").isEqualTo(a);
                    } else {
                        assertThat(b).as("key of B").isNotEqualTo(a);
                    }
                }));
    }

    private static String onlyKey(String sentence) {
        List<ClaimExtracted> claims = EXTRACTOR.extract(new ArticleText("t", "o", null, sentence, PUBLISHED), PUBLISHED);
        assertThat(claims).as("claims of: " + sentence).hasSize(1);
        return claims.get(0).measure().value();
    }
}
