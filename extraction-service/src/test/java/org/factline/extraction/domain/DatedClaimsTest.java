package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.TimeInterval;
import org.factline.contracts.value.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dated event claims, their fact keys across paraphrases, reference times, and the inferred document date. */
class DatedClaimsTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(RuleSet.load("en"));
    private static final Instant NOW = Instant.parse("2025-11-19T10:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2025-11-18T07:30:00Z");

    private static List<ClaimExtracted> timeClaims(String text, Instant publishedAt) {
        return EXTRACTOR.extract(new ArticleText("a", "o", null, text, publishedAt), NOW).stream()
                .filter(c -> c.value().kind() == ValueKind.TIME).toList();
    }

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', value = {
        "The USS Gerald R. Ford arrived in the Caribbean on Nov 16.|On November 16 the Gerald R. Ford entered the Caribbean Sea.|arrival:gerald-r-ford|2025-11-16",
        "The Gerald R. Ford (CVN-78) and its escorts arrived in the region on 16 November.|America's biggest carrier, the USS Gerald R. Ford, reached the Caribbean on Sunday, Nov. 16.|arrival:gerald-r-ford|2025-11-16",
        "The State Department will designate the Cartel de los Soles a terrorist organisation, taking effect Nov 24.|The designation of the Cartel de los Soles takes effect November 24.|designation:cartel-de-los-soles|2025-11-24",
    })
    void paraphrases_of_a_dated_event_share_key_and_value(String first, String second, String key, String timex) {
        List<ClaimExtracted> a = timeClaims(first, PUBLISHED);
        List<ClaimExtracted> b = timeClaims(second, PUBLISHED);
        assertThat(a).extracting(c -> c.measure().value()).containsExactly(key);
        assertThat(b).extracting(c -> c.measure().value()).containsExactly(key);
        assertThat(a.get(0).value().time()).isEqualTo(b.get(0).value().time());
        assertThat(a.get(0).value().time().timex()).isEqualTo(timex);
    }

    @Test
    void by_a_date_is_an_upper_bound_with_an_open_start() {
        List<ClaimExtracted> claims = timeClaims("By November 11, the navy's largest carrier, the USS Gerald R. Ford, arrived in the region.", PUBLISHED);
        assertThat(claims).hasSize(1);
        TimeInterval when = claims.get(0).value().time();
        assertThat(claims.get(0).measure().value()).isEqualTo("arrival:gerald-r-ford");
        assertThat(when.start()).isNull();
        assertThat(when.end()).isEqualTo(Instant.parse("2025-11-12T00:00:00Z"));
        assertThat(claims.get(0).referenceTime().timex()).isEqualTo("2025-11-18");
    }

    @Test
    void a_sentence_without_a_date_or_without_a_name_gives_no_event() {
        assertThat(timeClaims("The carrier arrived in the region after a long voyage.", PUBLISHED)).isEmpty();
        assertThat(timeClaims("the carrier arrived in the region on Nov 16.", PUBLISHED)).isEmpty();
    }

    @Test
    void a_quantity_takes_its_reference_time_from_a_date_in_its_sentence() {
        List<ClaimExtracted> claims = EXTRACTOR.extract(new ArticleText("a", "o", null,
                "Since October, 21 boats have been attacked. Officials counted 400 troops.", PUBLISHED), NOW);
        assertThat(claims).extracting(c -> c.measure().value()).containsExactly("count:boat-strike", "count:troop");
        TimeInterval since = claims.get(0).referenceTime();
        assertThat(since.timex()).isEqualTo("2025-10");
        assertThat(since.start()).isEqualTo(Instant.parse("2025-10-01T00:00:00Z"));
        assertThat(since.end()).as("runs to the end of the publication day").isEqualTo(Instant.parse("2025-11-19T00:00:00Z"));
        assertThat(claims.get(1).referenceTime().timex()).as("no date in the sentence: the publication day").isEqualTo("2025-11-18");
    }

    @Test
    void without_a_publication_date_the_latest_stated_past_day_is_the_inferred_document_date() {
        String text = "A caption was dated 6 Nov, 2025. The carrier arrived on November 16. Officials will meet again on November 30. "
                + "Prices rose yesterday.";
        Extraction e = EXTRACTOR.analyse(new ArticleText("a", "o", null, text, null), NOW);
        assertThat(e.dct().source()).isEqualTo("inferred");
        assertThat(e.dct().date()).as("November 30 is in a future sentence and does not count").hasToString("2025-11-16");
        assertThat(e.timexes()).extracting(Timex::text, Timex::value).contains(
                org.assertj.core.groups.Tuple.tuple("yesterday", "2025-11-15"));
    }

    @Test
    void without_any_dated_anchor_relative_dates_stay_unresolved() {
        Extraction e = EXTRACTOR.analyse(new ArticleText("a", "o", null, "The vote was held on Monday. 21 boats were seen.", null), NOW);
        assertThat(e.dct().source()).isEqualTo("none");
        assertThat(e.timexes()).extracting(Timex::value).containsExactly("XXXX-WXX-1");
        assertThat(e.claims()).extracting(ClaimExtracted::referenceTime).containsOnlyNulls();
    }
}
