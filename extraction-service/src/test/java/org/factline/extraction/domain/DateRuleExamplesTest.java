package org.factline.extraction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every date, modifier, premodifier and event rule carries an example; each example must fire its own rule. */
class DateRuleExamplesTest {

    private static final RuleSet RULES = RuleSet.load("en");
    private static final DateRules DATES = DateRules.load("en", RULES);
    private static final TimexFinder FINDER = new TimexFinder(DATES);
    private static final LocalDate DCT = LocalDate.of(2025, 11, 18);

    @TestFactory
    Stream<DynamicTest> date_rule_examples_fire_their_rule() {
        return DATES.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id() + ": " + rule.example(), () ->
                assertThat(FINDER.find(rule.example(), DCT)).extracting(Timex::ruleId).contains(rule.id())));
    }

    @TestFactory
    Stream<DynamicTest> modifier_examples_bound_their_date() {
        return DATES.modifiers().stream().map(mod -> DynamicTest.dynamicTest(mod.id() + ": " + mod.example(), () ->
                assertThat(FINDER.find(mod.example(), DCT)).extracting(Timex::bound).contains(mod.bound())));
    }

    @TestFactory
    Stream<DynamicTest> premodifier_examples_widen_their_timex() {
        return DATES.premodifiers().stream().map(mod -> DynamicTest.dynamicTest(mod.id() + ": " + mod.example(), () ->
                assertThat(FINDER.find(mod.example(), DCT)).extracting(Timex::text)
                        .anySatisfy(text -> assertThat(text.toLowerCase(java.util.Locale.ROOT)).startsWith(mod.phrase()))));
    }

    @TestFactory
    Stream<DynamicTest> event_examples_fire_their_rule() {
        ClaimExtractor extractor = new ClaimExtractor(RULES);
        return DATES.events().stream().map(rule -> DynamicTest.dynamicTest(rule.id() + ": " + rule.example(), () ->
                assertThat(extractor.analyse(new ArticleText("ex", "o", null, rule.example(), Instant.parse("2025-11-18T08:00:00Z")),
                        Instant.EPOCH).events()).extracting(EventMention::ruleId).contains(rule.id())));
    }
}
