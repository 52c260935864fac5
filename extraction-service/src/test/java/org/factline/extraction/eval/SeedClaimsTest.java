package org.factline.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.TimeInterval;
import org.factline.extraction.domain.ArticleText;
import org.factline.extraction.domain.ClaimExtractor;
import org.factline.extraction.domain.Extraction;
import org.factline.extraction.domain.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The claims a careful reader lists in the five seed articles (issue 4) must be extracted. Reads
 * {@code ../shared/corpus/seeds} at run time; the seeds carry no publication date, so every
 * resolved date here rests on a document date inferred from the text.
 */
class SeedClaimsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RuleSet.load("en"));
    private static Path seeds;

    @BeforeAll
    static void locate() {
        seeds = SharedData.require("corpus/seeds");
    }

    private static Extraction seed(String prefix) throws IOException {
        try (var files = Files.list(seeds)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            String id = file.getFileName().toString().replace(".txt", "");
            return EXTRACTOR.analyse(new ArticleText(id, "seed", null, Files.readString(file, StandardCharsets.UTF_8), null),
                    Instant.parse("2025-12-01T00:00:00Z"));
        }
    }

    private static Predicate<ClaimExtracted> quantity(String key, String qualifier, long value) {
        return c -> {
            Quantity q = c.value().quantity();
            return c.factKey().value().equals(key) && q != null && q.qualifier().symbol().equals(qualifier)
                    && q.value().compareTo(BigDecimal.valueOf(value)) == 0;
        };
    }

    private static Predicate<ClaimExtracted> time(String key, String timex, boolean openStart) {
        return c -> {
            TimeInterval t = c.value().time();
            return c.factKey().value().equals(key) && t != null && t.timex().equals(timex) && (t.start() == null) == openStart
                    && t.end() != null;
        };
    }

    private static void assertHas(Extraction e, String what, Predicate<ClaimExtracted> p) {
        List<ClaimExtracted> claims = e.claims();
        assertThat(claims).as(what + " in " + e.claims().stream().map(c -> c.factKey() + "=" + c.value()).toList()).anyMatch(p);
    }

    @Test
    void ford_arrival_on_november_16_in_two_seeds_and_by_november_11_in_a_third() throws IOException {
        assertHas(seed("000"), "Ford arrival Nov 16", time("arrival:gerald-r-ford", "2025-11-16", false));
        assertHas(seed("001"), "Ford arrival Nov 16", time("arrival:gerald-r-ford", "2025-11-16", false));
        assertHas(seed("003"), "Ford arrival by Nov 11", time("arrival:gerald-r-ford", "2025-11-11", true));
    }

    @Test
    void boats_or_strikes_and_deaths_in_two_seeds() throws IOException {
        assertHas(seed("000"), "21 boats", quantity("count:boat", "=", 21));
        assertHas(seed("000"), "at least 83 dead", quantity("deaths:person", ">=", 83));
        assertHas(seed("001"), "21 strikes", quantity("count:strike", "=", 21));
        assertHas(seed("001"), "at least 83 dead", quantity("deaths:person", ">=", 83));
    }

    @Test
    void reward_designation_troops_sites_and_militia() throws IOException {
        assertHas(seed("001"), "$50 million reward", quantity("amount:usd", "=", 50_000_000));
        assertHas(seed("003"), "$50 million bounty", quantity("amount:usd", "=", 50_000_000));
        assertHas(seed("000"), "Cartel de los Soles designation Nov 24", time("designation:cartel-de-los-soles", "2025-11-24", false));
        assertHas(seed("000"), "about 15,000 troops", quantity("count:troop", "~", 15_000));
        assertHas(seed("001"), "more than 280 sites", quantity("count:site", ">", 280));
        assertHas(seed("002"), "over two hundred thousand militia soldiers", quantity("count:soldier", ">", 200_000));
    }

    @Test
    void document_dates_are_inferred_where_the_text_allows_and_left_open_otherwise() throws IOException {
        assertThat(seed("000").dct().source()).isEqualTo("inferred");
        assertThat(seed("002").dct().date()).as("'We stand at a critical juncture on November 19, 2025'").hasToString("2025-11-19");
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
