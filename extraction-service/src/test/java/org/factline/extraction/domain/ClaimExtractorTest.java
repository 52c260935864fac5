package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.factline.contracts.event.ClaimExtracted;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RuleSet.load("en"));
    private static final Instant NOW = Instant.parse("2025-11-17T10:00:00Z");

    @Test
    void paraphrases_of_the_same_count_share_a_fact_key_and_ids_are_stable() {
        ArticleText a = new ArticleText("a1", "one.example", null,
                "Harbour report\nThe coast guard said 21 boats have been attacked. At least 83 people dead, according to the ministry.",
                Instant.parse("2025-11-16T09:00:00Z"));
        ArticleText b = new ArticleText("b1", "two.example", null, "Overnight, the 21 recent strikes on small boats continued.", null);
        List<ClaimExtracted> first = EXTRACTOR.extract(a, NOW);
        assertThat(first).extracting(c -> c.measure().value()).containsExactly("count:boat-strike", "deaths:person");
        ClaimExtracted deaths = first.get(1);
        assertThat(deaths.value().quantity().low()).isEqualByComparingTo(BigDecimal.valueOf(83));
        assertThat(deaths.value().quantity().high()).isNull();
        assertThat(deaths.attribution().asserter()).isEqualTo("the ministry");
        assertThat(deaths.provenance().quote()).isEqualTo("At least 83 people dead, according to the ministry.");
        assertThat(a.text().substring(deaths.provenance().quoteStart(), deaths.provenance().quoteEnd()))
                .isEqualTo(deaths.provenance().quote());
        assertThat(deaths.referenceTime().timex()).isEqualTo("2025-11-16");
        assertThat(EXTRACTOR.extract(a, NOW.plusSeconds(60))).extracting(ClaimExtracted::claimId)
                .containsExactlyElementsOf(first.stream().map(ClaimExtracted::claimId).toList());

        List<ClaimExtracted> second = EXTRACTOR.extract(b, NOW);
        assertThat(second).extracting(c -> c.measure().value()).containsExactly("count:boat-strike");
        assertThat(second.get(0).referenceTime()).as("no publication date: no reference time").isNull();
    }

    @Test
    void claims_alone_are_the_claims_of_the_whole_analysis() {
        ArticleText a = new ArticleText("d1", "one.example", null,
                "On Monday the navy said 14 boats had been struck since October 2. The USS Example arrived in the gulf on Nov 16.\n"
                        + "By November 11, about 9,000 troops were on the island, officials said. Prices rose 4 pct in the week to Friday.",
                Instant.parse("2025-11-18T09:00:00Z"));
        List<ClaimExtracted> claims = EXTRACTOR.extract(a, NOW);
        assertThat(claims).hasSize(4);
        assertThat(claims).containsExactlyElementsOf(EXTRACTOR.analyse(a, NOW).claims());
    }

    @Test
    void text_without_quantities_gives_no_claims() {
        assertThat(EXTRACTOR.extract(new ArticleText("c", "o", null, "Nothing measurable here, only words.", null), NOW)).isEmpty();
    }
}
