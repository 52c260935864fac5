package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.contracts.value.Attribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who asserts a sentence; our own sentences. An empty asserter means the article's own voice. */
class AttributionsTest {

    private static final Attributions ATTRIBUTIONS = new Attributions(RuleSet.load("en"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "At least 40 people died, according to the Miami Herald.|the Miami Herald",
        "According to two port officials, 12 ships are waiting.|two port officials",
        "Four U.S. officials, speaking on condition of anonymity, said 21 boats had been struck.|Four U.S. officials",
        "\"We have stopped 85% of it,\" Trump said on Thursday.|Trump",
        "A senior administration official said 15,000 troops are in the region.|A senior administration official",
        "The Miami Herald reported that 50 people were detained.|The Miami Herald",
        "\"There are 300 sites,\" said the minister.|the minister",
        "The militia reportedly has 200,000 members.|unnamed reports",
        "Around 15,000 troops are in the region.|",
        "The coast guard counted 21 boats in the bay.|"
    })
    void finds_the_asserter(String sentence, String asserter) {
        Attribution a = ATTRIBUTIONS.of(sentence, new int[] {0, sentence.length()});
        if (asserter == null) {
            assertThat(a.asserter()).isNull();
            assertThat(a.articleAsserts()).isTrue();
        } else {
            assertThat(a.asserter()).isEqualTo(asserter);
            assertThat(a.articleAsserts()).isFalse();
        }
    }
}
