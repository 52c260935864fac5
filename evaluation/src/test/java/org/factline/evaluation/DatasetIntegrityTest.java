package org.factline.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.factline.evaluation.identity.Article;
import org.factline.evaluation.identity.GoldClaim;
import org.factline.evaluation.identity.GoldFact;
import org.factline.evaluation.identity.IdentitySet;
import org.factline.evaluation.identity.IdentitySetLoader;
import org.factline.evaluation.identity.IdentityTags;
import org.factline.evaluation.quantities.GoldValue;
import org.factline.evaluation.quantities.QuantityMention;
import org.factline.evaluation.quantities.QuantitySetLoader;
import org.factline.evaluation.stories.ReutersStoryLabel;
import org.factline.evaluation.stories.ReutersStoryLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The evaluation sets are what they claim to be: every gold surface is really in its text, ids
 * are unique, splits are disjoint, and each split is big and varied enough to be reported alone.
 */
class DatasetIntegrityTest {

    private static final Set<String> LANGUAGES = Set.of("en", "es", "pt", "de");
    private static final List<String> COMPANION_LANGUAGES = List.of("es", "pt", "de");

    // ---- fact identity + stories --------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Split.class)
    void identitySurfacesOccurInTheirArticles(Split split) {
        IdentitySet set = IdentitySetLoader.load(split);
        Map<String, Article> articles = set.articlesById();
        List<String> problems = new ArrayList<>();
        for (GoldClaim claim : set.claims()) {
            Article article = articles.get(claim.articleId());
            if (article == null) {
                problems.add(claim.key() + ": no such article");
                continue;
            }
            int count = Substrings.count(article.text(), claim.surface());
            if (count < claim.occurrence()) {
                problems.add(claim.key() + ": surface occurs " + count + " times in the text");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void identityIdsAreUniqueAndReferencesResolve(Split split) {
        IdentitySet set = IdentitySetLoader.load(split);
        assertThat(duplicates(set.articles(), Article::id)).as("article ids").isEmpty();
        assertThat(duplicates(set.claims(), GoldClaim::key)).as("claim keys").isEmpty();
        assertThat(duplicates(set.facts(), GoldFact::fact)).as("fact ids").isEmpty();
        Set<String> factIds = set.facts().stream().map(GoldFact::fact).collect(Collectors.toSet());
        Set<String> claimedFacts = set.claims().stream().map(GoldClaim::fact).collect(Collectors.toSet());
        assertThat(claimedFacts).as("claims whose fact is missing from facts.tsv").isSubsetOf(factIds);
        assertThat(factIds).as("facts without a claim").isSubsetOf(claimedFacts);
        Set<String> articleIds = set.articlesById().keySet();
        assertThat(set.claims()).allSatisfy(c -> assertThat(articleIds).contains(c.articleId()));
        assertThat(set.claims()).allSatisfy(c -> assertThat(c.tags()).isSubsetOf(IdentityTags.ALL));
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void identityArticlesAreWellFormed(Split split) {
        for (Article article : IdentitySetLoader.load(split).articles()) {
            assertThat(article.language()).as(article.id()).isIn(LANGUAGES);
            assertThat(URI.create(article.url()).getHost()).as(article.id()).isEqualTo(article.outlet());
            assertThat(article.outlet()).as(article.id()).contains(".").doesNotEndWith(".txt");
            assertThat(article.title()).as(article.id()).isNotBlank();
            assertThat(article.text().length()).as(article.id()).isBetween(150, 2_000);
        }
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void identityTagsAgreeWithTheFacts(Split split) {
        IdentitySet set = IdentitySetLoader.load(split);
        Map<String, List<GoldClaim>> byFact = set.claims().stream().collect(Collectors.groupingBy(GoldClaim::fact));
        Map<String, Article> articles = set.articlesById();
        for (GoldClaim claim : set.claims()) {
            int size = byFact.get(claim.fact()).size();
            assertThat(claim.tagged("singleton")).as("singleton tag of " + claim.key()).isEqualTo(size == 1);
            if (claim.tagged("hard-pos")) {
                assertThat(size).as("hard-pos claim in a one-claim fact: " + claim.key()).isGreaterThan(1);
            }
            if (claim.tagged("translation")) {
                assertThat(articles.get(claim.articleId()).language()).as(claim.key()).isNotEqualTo("en");
                assertThat(byFact.get(claim.fact())).as("English claim of translated fact " + claim.fact())
                        .anyMatch(other -> articles.get(other.articleId()).language().equals("en"));
            }
        }
        for (GoldFact fact : set.facts()) {
            List<GoldClaim> tagged = byFact.get(fact.fact()).stream().filter(c -> c.tagged("contradiction")).toList();
            if (fact.contradiction()) {
                assertThat(tagged).as("contradicting claims of " + fact.fact()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(tagged.stream().map(GoldClaim::articleId).distinct().count())
                        .as("a contradiction is between two articles: " + fact.fact()).isGreaterThan(1);
                assertThat(tagged).allSatisfy(c -> assertThat(fact.notes()).contains(c.articleId()));
            } else {
                assertThat(tagged).as("contradiction tag on a fact without contradiction: " + fact.fact()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void identitySplitIsBigAndVariedEnoughToReportAlone(Split split) {
        IdentitySet set = IdentitySetLoader.load(split);
        Map<String, Long> storySizes = set.articles().stream()
                .collect(Collectors.groupingBy(Article::story, Collectors.counting()));
        assertThat(set.claims()).hasSizeGreaterThanOrEqualTo(250);
        assertThat(storySizes).hasSizeGreaterThanOrEqualTo(25);
        assertThat(storySizes.values()).as("singleton stories").contains(1L);
        assertThat(storySizes.values()).as("stories of 5-12 articles").anyMatch(n -> n >= 5 && n <= 12);
        assertThat(storySizes.values()).as("no story above 12 articles").allMatch(n -> n <= 12);
        Set<String> tags = set.claims().stream().flatMap(c -> c.tags().stream()).collect(Collectors.toSet());
        assertThat(tags).containsAll(IdentityTags.REQUIRED_IN_EVERY_SPLIT);
        assertThat(set.facts()).as("facts with a deliberate contradiction").filteredOn(GoldFact::contradiction)
                .hasSizeGreaterThanOrEqualTo(3);
        Map<String, Article> articles = set.articlesById();
        for (String language : COMPANION_LANGUAGES) {
            long claims = set.claims().stream()
                    .filter(c -> articles.get(c.articleId()).language().equals(language)).count();
            long translated = set.claims().stream()
                    .filter(c -> articles.get(c.articleId()).language().equals(language) && c.tagged("translation"))
                    .count();
            assertThat(claims).as(language + " claims").isGreaterThanOrEqualTo(15);
            assertThat(translated).as(language + " claims of facts also reported in English").isGreaterThanOrEqualTo(8);
            assertThat(claims).as(language + " local-only claims").isGreaterThan(translated);
        }
    }

    @Test
    void identitySplitsAreDisjointAndTogetherMeetTheIssueFloor() {
        IdentitySet dev = IdentitySetLoader.load(Split.DEV);
        IdentitySet test = IdentitySetLoader.load(Split.TEST);
        assertThat(ids(dev.articles(), Article::story)).doesNotContainAnyElementsOf(ids(test.articles(), Article::story));
        assertThat(ids(dev.articles(), Article::id)).doesNotContainAnyElementsOf(ids(test.articles(), Article::id));
        assertThat(ids(dev.facts(), GoldFact::fact)).doesNotContainAnyElementsOf(ids(test.facts(), GoldFact::fact));
        assertThat(dev.claims().size() + test.claims().size()).isGreaterThanOrEqualTo(560);
        assertThat(ids(dev.articles(), Article::story).size() + ids(test.articles(), Article::story).size())
                .isGreaterThanOrEqualTo(56);
    }

    // ---- Reuters story labels -----------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Split.class)
    void reutersLabelsAreUniqueAndHoldStoriesOfEverySize(Split split) {
        List<ReutersStoryLabel> labels = ReutersStoryLabels.load(split);
        assertThat(duplicates(labels, ReutersStoryLabel::newid)).isEmpty();
        assertThat(labels).allSatisfy(l -> assertThat(l.newid()).matches("\\d+"));
        assertThat(labels).allSatisfy(l -> assertThat(l.note()).isNotBlank());
        Map<String, Long> sizes = labels.stream()
                .collect(Collectors.groupingBy(ReutersStoryLabel::story, Collectors.counting()));
        assertThat(labels).hasSizeGreaterThanOrEqualTo(180);
        assertThat(sizes.values()).as("singleton stories").filteredOn(n -> n == 1).hasSizeGreaterThanOrEqualTo(40);
        assertThat(sizes.values()).as("stories of 5+ articles").filteredOn(n -> n >= 5).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void reutersSplitsAreDisjointByStoryAndArticle() {
        List<ReutersStoryLabel> dev = ReutersStoryLabels.load(Split.DEV);
        List<ReutersStoryLabel> test = ReutersStoryLabels.load(Split.TEST);
        assertThat(ids(dev, ReutersStoryLabel::story)).doesNotContainAnyElementsOf(ids(test, ReutersStoryLabel::story));
        assertThat(ids(dev, ReutersStoryLabel::newid)).doesNotContainAnyElementsOf(ids(test, ReutersStoryLabel::newid));
        assertThat(dev.size() + test.size()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void reutersIdsExistInTheCorpus() throws IOException {
        Path corpus = RepoPaths.requireShared("corpus/reuters21578.jsonl.gz");
        Set<String> newids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                newids.add(json.readTree(line).get("newid").asText());
            }
        }
        assertThat(newids).hasSizeGreaterThan(20_000);
        for (Split split : Split.values()) {
            assertThat(newids).containsAll(ids(ReutersStoryLabels.load(split), ReutersStoryLabel::newid));
        }
    }

    // ---- quantity/date mentions ---------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Split.class)
    void quantitySurfacesOccurExactlyOnceInTheirSentence(Split split) {
        List<String> problems = new ArrayList<>();
        for (QuantityMention m : QuantitySetLoader.load(split)) {
            if (m.negative()) {
                if (!(m.value() instanceof GoldValue.None) || !m.unit().equals("-") || !m.qualifier().equals("-")) {
                    problems.add(m.id() + ": a negative has value, unit and qualifier -");
                }
                continue;
            }
            int count = Substrings.count(m.sentence(), m.surface());
            if (count != 1) {
                problems.add(m.id() + ": surface occurs " + count + " times");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void quantityRowsAreConsistent(Split split) {
        List<QuantityMention> mentions = QuantitySetLoader.load(split);
        assertThat(duplicates(mentions, QuantityMention::id)).isEmpty();
        for (QuantityMention m : mentions) {
            assertThat(m.language()).as(m.id()).isIn(LANGUAGES);
            assertThat(m.id()).as("id names its split").startsWith(split.stem() + "-");
            if (!m.dct().isEmpty()) {
                LocalDate.parse(m.dct());
            }
            if (m.negative()) {
                continue;
            }
            assertThat(m.notes()).as(m.id()).doesNotContain("\t");
            boolean range = m.value() instanceof GoldValue.Range || m.value() instanceof GoldValue.TimexRange;
            assertThat(range).as(m.id() + ": a range value needs the range qualifier and back").isEqualTo(m.qualifier().equals("range"));
            assertThat(m.qualifier()).as(m.id()).isNotEqualTo("-");
            if (!m.temporal()) {
                assertThat(m.unit()).as(m.id() + " unit").matches("[a-z][a-z0-9-]*|[A-Z]{3}");
            }
        }
        // all mentions of one sentence sit in one split and agree on language and document date
        Map<String, Set<String>> contexts = new HashMap<>();
        mentions.forEach(m -> contexts.computeIfAbsent(m.sentence(), k -> new HashSet<>()).add(m.language() + "|" + m.dct()));
        assertThat(contexts.values()).allMatch(s -> s.size() == 1);
    }

    @ParameterizedTest
    @EnumSource(Split.class)
    void quantitySplitCoversEveryCategoryAndLanguage(Split split) {
        List<QuantityMention> mentions = QuantitySetLoader.load(split);
        List<QuantityMention> english = mentions.stream().filter(m -> m.language().equals("en") && !m.negative()).toList();
        assertThat(english).hasSizeGreaterThanOrEqualTo(310);
        for (int category = 1; category <= 5; category++) {
            int c = category;
            assertThat(english).as("English mentions of category " + c).filteredOn(m -> m.category() == c)
                    .hasSizeGreaterThanOrEqualTo(40);
        }
        for (String language : COMPANION_LANGUAGES) {
            assertThat(mentions).as(language + " mentions").filteredOn(m -> m.language().equals(language) && !m.negative())
                    .hasSizeGreaterThanOrEqualTo(30);
        }
        assertThat(mentions).as("negative sentences").filteredOn(QuantityMention::negative).hasSizeGreaterThanOrEqualTo(30);
        assertThat(mentions).as("undated documents").anyMatch(m -> m.dct().isEmpty() && m.temporal());
    }

    @Test
    void quantitySplitsShareNoSentence() {
        Set<String> dev = ids(QuantitySetLoader.load(Split.DEV), QuantityMention::sentence);
        Set<String> test = ids(QuantitySetLoader.load(Split.TEST), QuantityMention::sentence);
        assertThat(dev).doesNotContainAnyElementsOf(test);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static <T> Set<String> ids(Collection<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    private static <T> List<String> duplicates(Collection<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.groupingBy(id, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }
}
