package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.factline.contracts.event.ClaimExtracted;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Noise never becomes claims; the story around it still does. All text here is our own. */
class NoiseFilterTest {

    private static final RuleSet RULES = RuleSet.load("en");
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RULES);
    private static final NoiseFilter FILTER = new NoiseFilter(RULES);
    private static final Instant PUBLISHED = Instant.parse("2025-11-18T09:00:00Z");
    private static final String STORY = "Harbour officials said 12 ships were waiting outside the port on Tuesday.\n"
            + "The strike by dock workers entered its third week, and about 400 workers joined the pickets.\n";

    private static List<ClaimExtracted> claims(String text) {
        return EXTRACTOR.extract(new ArticleText("n", "o", null, text, PUBLISHED), PUBLISHED);
    }

    @TestFactory
    Stream<DynamicTest> every_noise_rule_example_is_noise_and_yields_no_claim() {
        return RULES.noiseCues().stream().map(cue -> DynamicTest.dynamicTest(cue.id(), () -> {
            String example = example(cue.id());
            String text = STORY + "\n" + example + "\n";
            List<NoiseFilter.Span> spans = FILTER.find(text);
            assertThat(spans).as("noise in: " + example).anyMatch(s -> s.ruleId().equals(cue.id())
                    && text.substring(s.start(), s.end()).contains(example.strip()));
            assertThat(claims(text)).as("claims").extracting(c -> c.measure().value())
                    .containsExactlyInAnyOrder("count:ship", "count:worker");
        }));
    }

    private static String example(String ruleId) throws IOException {
        return SpecFile.rows("/rules/en/noise.tsv").stream().filter(r -> r.get(0).equals(ruleId)).findFirst().orElseThrow().get(4);
    }

    @Test
    void appeals_comments_and_everything_after_them_at_the_end_yield_no_claims() {
        String text = STORY + "\nPort traffic fell 8 pct in October, the authority said. Grain exports were hit hardest of all.\n"
                + "Quality reporting costs money, and we need your support: 3 dollars a week keeps 2 reporters going.\n"
                + "Our weekly digest has 25 more stories like this one.\n"
                + "Great article, I counted 40 cranes myself when I visited.\n";
        List<ClaimExtracted> claims = claims(text);
        assertThat(claims).extracting(c -> c.measure().value()).containsExactlyInAnyOrder("count:ship", "count:worker", "share:percent");
        assertThat(FILTER.find(text)).extracting(NoiseFilter.Span::kind).containsExactly("appeal", "tail", "tail");
    }

    @Test
    void links_teasers_image_markup_repeated_headlines_and_other_languages_are_noise() {
        String text = STORY
                + "See also our report on the 30 cranes at https://example.org/cranes - more links there.\n"
                + "The union said 600 members voted to continue. Dockers on strike across 5 ports\n\n"
                + "![Union leader says 20 ports will shut](https://example.org/img/20-ports.jpg)\n"
                + "Die Gewerkschaft sagt, dass 600 Mitglieder und der Vorstand mit dem Streik weitermachen.\n"
                + "Strike spreads to 9 more ports\nStrike spreads to 9 more ports\n";
        assertThat(claims(text)).extracting(c -> c.measure().value())
                .containsExactlyInAnyOrder("count:ship", "count:worker", "count:member");
        assertThat(FILTER.find(text)).extracting(NoiseFilter.Span::ruleId).contains("en.noise.link", "en.noise.trailing-headline",
                "en.noise.image-link", "en.noise.other-language", "en.noise.repeated-headline");
    }

    @Test
    void wire_copy_wrapped_at_a_fixed_width_stays_one_story_paragraph() {
        String wire = "The company said its net profit rose to 150 mln dlrs in\nthe first quarter from 120 mln dlrs a year earlier,\n"
                + "helped by higher sales of trucks and buses in Europe and\nNorth America, where demand grew 12 pct.\n";
        assertThat(NoiseFilter.paragraphs(wire)).hasSize(1);
        assertThat(FILTER.find(wire)).isEmpty();
        assertThat(claims(wire)).hasSize(3);
    }
}
