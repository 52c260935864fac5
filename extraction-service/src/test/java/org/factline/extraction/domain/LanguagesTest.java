package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    private final Languages languages = Languages.load("en");

    @Test
    void english_has_an_extractor_and_articles_without_a_language_fall_back_to_it() {
        assertThat(languages.extractor("en")).isPresent();
        assertThat(languages.extractor(null)).containsSame(languages.extractor("EN").orElseThrow());
        assertThat(languages.status(" en ")).isEqualTo("complete");
    }

    @Test
    void planned_and_unknown_languages_have_no_extractor_and_say_why() {
        for (String lang : new String[] {"es", "pt", "de"}) {
            assertThat(languages.extractor(lang)).as(lang).isEmpty();
            assertThat(languages.status(lang)).isEqualTo("planned");
            assertThat(languages.noRulesMessage(lang)).isEqualTo("language '" + lang + "' has no extraction rules yet (planned): no claims");
        }
        assertThat(languages.extractor("xx")).isEmpty();
        assertThat(languages.status("xx")).isEqualTo("unknown");
        assertThat(languages.noRulesMessage("xx")).isEqualTo("language 'xx' has no extraction rules: no claims");
    }
}
