package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule index may let a rule through where it cannot match, but never hide one where it can. */
class RuleTriggersTest {

    private static final DateRules DATES = DateRules.load("en", RuleSet.load("en"));
    private static final List<Pattern> PATTERNS = DATES.rules().stream().map(DateRules.DateRule::pattern).toList();
    private static final RuleTriggers TRIGGERS = new RuleTriggers(PATTERNS);

    @Test
    void every_rule_that_matches_at_a_word_start_is_a_candidate_there() {
        List<String> texts = new ArrayList<>(DATES.rules().stream().map(DateRules.DateRule::example).toList());
        texts.addAll(List.of("The board met on Monday, Jan. 22, and again the day after tomorrow at 10:35 a.m.",
                "Two hundred and forty years ago, in nineteen seventy-eight... no: 3 weeks from today, 4/22 or 22/04.",
                "Sales rose 12% in the third quarter of 2024, up from the year-earlier period; twice a week, every other Friday.",
                "It ends at midnight on Christmas Eve 2025 (friday, jun-15) -- or the 1990s, or 2019-sep-01, or 11.02.1989"));
        for (String text : texts) {
            for (int start : TimexFinder.wordStarts(text)) {
                long[] candidates = new long[TRIGGERS.words()];
                TRIGGERS.candidates(text, start, candidates);
                for (int r = 0; r < PATTERNS.size(); r++) {
                    Matcher m = PATTERNS.get(r).matcher(text).useTransparentBounds(true).region(start, text.length());
                    if (m.lookingAt()) {
                        assertThat(candidates[r / 64] & 1L << (r % 64))
                                .as("%s at %d in \"%s\"", DATES.rules().get(r).id(), start, text).isNotZero();
                    }
                }
            }
        }
    }

    @Test
    void a_common_word_wakes_only_the_rules_that_can_continue_as_the_text_does() {
        assertThat(candidateIds("the company said", 0)).doesNotContain("en.date.day-before-yesterday", "en.date.future", "en.date.decade");
        assertThat(candidateIds("the day before yesterday", 0)).contains("en.date.day-before-yesterday").doesNotContain("en.date.future");
        assertThat(candidateIds("the 1990s", 0)).contains("en.date.decade").doesNotContain("en.date.day-before-yesterday");
    }

    @Test
    void pattern_prefixes_follow_optional_parts_quoted_words_and_case() {
        assertThat(PatternPrefixes.of("Ab?c", 3)).containsExactlyInAnyOrder(code("ac"), code("abc"));
        assertThat(PatternPrefixes.of("\\Qno\\E\\.?\\s+\\d", 4)).containsExactlyInAnyOrder(code("no 9"), code("no. "), code("no  "));
        // Lookarounds are skipped; a back reference or a construct the reader does not know means "anywhere".
        assertThat(PatternPrefixes.of("(?<=on\\s)x", 2)).containsExactly(code("x"));
        assertThat(PatternPrefixes.of("(?<s>[-/])\\k<s>", 3)).contains(code("~")).hasSizeGreaterThan(29);
        assertThat(PatternPrefixes.of("(?x) a b", 3)).containsExactly(0);
    }

    @Test
    void only_a_macro_every_match_starts_with_can_gate_a_rule() {
        assertThat(RuleGates.leadingMacro("(?<amount>{amount})\\s+ago")).isEqualTo("amount");
        assertThat(RuleGates.leadingMacro("{wdprefix}(?<mon>{month})")).isEqualTo("wdprefix");
        assertThat(RuleGates.leadingMacro("{weekday}?\\s+x")).isNull();
        assertThat(RuleGates.leadingMacro("{amount}\\s+ago|now")).isNull();
        assertThat(RuleGates.leadingMacro("(?:{amount})?\\s+ago")).isNull();
    }

    private static Set<String> candidateIds(String text, int start) {
        long[] candidates = new long[TRIGGERS.words()];
        TRIGGERS.candidates(text, start, candidates);
        Set<String> ids = new java.util.HashSet<>();
        for (int r = 0; r < PATTERNS.size(); r++) {
            if ((candidates[r / 64] & 1L << (r % 64)) != 0) {
                ids.add(DATES.rules().get(r).id());
            }
        }
        return ids;
    }

    /** A string in the index's alphabet: '9' any digit, ' ' any space, '~' anything else. */
    private static int code(String s) {
        int code = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int symbol = c == '9' ? PatternPrefixes.DIGIT : c == '~' ? PatternPrefixes.OTHER : PatternPrefixes.symbol(c);
            code |= symbol << (PatternPrefixes.BITS * i);
        }
        return code;
    }
}
