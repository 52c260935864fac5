package org.factline.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.TimeInterval;
import org.factline.extraction.domain.ArticleText;
import org.factline.extraction.domain.ClaimExtractor;
import org.factline.extraction.domain.Extraction;
import org.factline.extraction.domain.NoiseFilter;
import org.factline.extraction.domain.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claims a careful reader lists in the five seed articles (issue 4) must be extracted, with
 * one fact key per fact across seeds, and the seeds' noise (navigation, appeals, comments,
 * teasers, image links) must yield none. Reads {@code ../shared/corpus/seeds} at run time; the
 * seeds carry no publication date, so every resolved date rests on a document date inferred
 * from the text.
 */
class SeedClaimsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RuleSet.load("en"));
    private static Path seeds;

    @BeforeAll
    static void locate() {
        seeds = SharedData.require("corpus/seeds");
    }

    private static String text(String prefix) throws IOException {
        try (var files = Files.list(seeds)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    private static Extraction seed(String prefix) throws IOException {
        return EXTRACTOR.analyse(new ArticleText(prefix, "seed", null, text(prefix), null), Instant.parse("2025-12-01T00:00:00Z"));
    }

    private static Predicate<ClaimExtracted> quantity(String key, String qualifier, long value) {
        return c -> {
            Quantity q = c.value().quantity();
            return c.measure().value().equals(key) && q != null && q.qualifier().symbol().equals(qualifier)
                    && q.value().compareTo(BigDecimal.valueOf(value)) == 0;
        };
    }

    private static Predicate<ClaimExtracted> time(String key, String timex, boolean openStart) {
        return c -> {
            TimeInterval t = c.value().time();
            return c.measure().value().equals(key) && t != null && t.timex().equals(timex) && (t.start() == null) == openStart
                    && t.end() != null;
        };
    }

    private static ClaimExtracted assertHas(Extraction e, String what, Predicate<ClaimExtracted> p) {
        assertThat(e.claims()).as(what + " in " + e.claims().stream().map(c -> c.measure() + "=" + c.value()).toList()).anyMatch(p);
        return e.claims().stream().filter(p).findFirst().orElseThrow();
    }

    @Test
    void ford_arrival_on_november_16_in_two_seeds_and_by_november_11_in_a_third_share_one_key() throws IOException {
        assertHas(seed("000"), "Ford arrival Nov 16", time("arrival:gerald-r-ford", "2025-11-16", false));
        assertHas(seed("001"), "Ford arrival Nov 16", time("arrival:gerald-r-ford", "2025-11-16", false));
        assertHas(seed("003"), "Ford arrival by Nov 11", time("arrival:gerald-r-ford", "2025-11-11", true));
    }

    @Test
    void boats_and_strikes_share_a_key_and_so_do_the_deaths() throws IOException {
        ClaimExtracted boats = assertHas(seed("000"), "21 boats attacked", quantity("count:boat-strike", "=", 21));
        assertHas(seed("001"), "21 strikes on boats", quantity("count:boat-strike", "=", 21));
        assertHas(seed("000"), "at least 83 died", quantity("deaths:person", ">=", 83));
        assertHas(seed("001"), "at least 83 dead", quantity("deaths:person", ">=", 83));
        assertThat(boats.attribution().asserter()).isEqualTo("the administration");
    }

    @Test
    void reward_in_two_seeds_designation_troops_sites_and_militia() throws IOException {
        assertHas(seed("001"), "$50 million reward", quantity("amount:reward", "=", 50_000_000));
        assertHas(seed("003"), "$50 million bounty", quantity("amount:reward", "=", 50_000_000));
        assertHas(seed("000"), "Cartel de los Soles designation Nov 24", time("designation:cartel-de-los-soles", "2025-11-24", false));
        assertHas(seed("000"), "about 15,000 troops", quantity("count:troop", "~", 15_000));
        assertHas(seed("001"), "more than 280 sites", quantity("count:site", ">", 280));
        ClaimExtracted militia = assertHas(seed("002"), "over two hundred thousand militia soldiers",
                quantity("count:militia", ">", 200_000));
        assertThat(militia.attribution().articleAsserts()).as("'reportedly'").isFalse();
    }

    @Test
    void attributed_claims_name_their_asserter_and_the_rest_are_the_articles_own() throws IOException {
        ClaimExtracted share = assertHas(seed("003"), "85% stopped by sea", quantity("share:percent", "=", 85));
        assertThat(share.attribution().asserter()).isEqualTo("Trump");
        assertThat(share.attribution().articleAsserts()).isFalse();
        ClaimExtracted troops = assertHas(seed("000"), "about 15,000 troops", quantity("count:troop", "~", 15_000));
        assertThat(troops.attribution().articleAsserts()).isTrue();
        assertThat(troops.attribution().asserter()).isNull();
    }

    @Test
    void noise_in_the_seeds_is_recognised_and_yields_no_claims() throws IOException {
        Map<String, List<String>> kinds = Map.of("000", List.of("navigation", "teaser", "appeal", "tail", "foreign"),
                "001", List.of("navigation"), "002", List.of("navigation", "comment"), "003", List.of("media"),
                "004", List.of("teaser"));
        for (Map.Entry<String, List<String>> e : kinds.entrySet()) {
            Extraction x = seed(e.getKey());
            assertThat(x.noise().stream().map(NoiseFilter.Span::kind).collect(Collectors.toSet())).as("noise kinds of " + e.getKey())
                    .containsAll(e.getValue());
            assertThat(x.claims()).as("claims quoted from noise in " + e.getKey()).noneMatch(c -> x.noise().stream()
                    .anyMatch(s -> s.start() <= c.provenance().quoteStart() && c.provenance().quoteEnd() <= s.end()));
        }
        int tail = seed("000").noise().stream().filter(s -> s.kind().equals("appeal")).mapToInt(NoiseFilter.Span::start).min()
                .orElseThrow();
        assertThat(seed("000").claims()).as("nothing from the appeal and the comments after it")
                .allMatch(c -> c.provenance().quoteStart() < tail);
    }

    @Test
    void claims_alone_equal_the_whole_analysis_when_the_date_is_given() throws IOException {
        Instant published = Instant.parse("2025-11-19T12:00:00Z");
        Instant now = Instant.parse("2025-12-01T00:00:00Z");
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            ArticleText a = new ArticleText(prefix, "seed", null, text(prefix), published);
            assertThat(EXTRACTOR.extract(a, now)).as(prefix).containsExactlyElementsOf(EXTRACTOR.analyse(a, now).claims());
        }
    }

    @Test
    void document_dates_are_inferred_where_the_text_allows_and_left_open_otherwise() throws IOException {
        assertThat(seed("000").dct().source()).isEqualTo("inferred");
        assertThat(seed("002").dct().date()).as("the conclusion names November 19, 2025").hasToString("2025-11-19");
        Extraction undated = seed("004");
        assertThat(undated.dct().source()).isEqualTo("none");
        assertThat(undated.claims()).allMatch(c -> c.referenceTime() == null);
    }

    @Test
    void model_numbers_and_image_links_are_not_claims() throws IOException {
        assertThat(seed("004").claims()).as("B-52 and F-16 are designations").isEmpty();
        assertThat(seed("003").timexes()).noneMatch(t -> t.value().equals("2025-09"));
    }
}
