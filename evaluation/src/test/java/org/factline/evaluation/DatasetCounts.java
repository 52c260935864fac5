package org.factline.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.factline.evaluation.identity.Article;
import org.factline.evaluation.identity.GoldClaim;
import org.factline.evaluation.identity.GoldFact;
import org.factline.evaluation.identity.IdentitySet;
import org.factline.evaluation.identity.IdentitySetLoader;
import org.factline.evaluation.identity.IdentityTags;
import org.factline.evaluation.quantities.QuantityMention;
import org.factline.evaluation.quantities.QuantitySetLoader;
import org.factline.evaluation.stories.ReutersStoryLabel;
import org.factline.evaluation.stories.ReutersStoryLabels;

/** Renders the counts table of {@code evaluation/README.md} from the data, so the README cannot drift. */
final class DatasetCounts {

    private static final List<String> LANGUAGES = List.of("en", "es", "pt", "de");

    private DatasetCounts() {
    }

    static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Fact identity + stories (`identity/<split>/`):\n\n");
        out.append("| split | articles | stories | 1-article stories | 5-12-article stories | claims | facts | multi-claim facts | contradictions | en / es / pt / de claims |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Split split : Split.values()) {
            IdentitySet set = IdentitySetLoader.load(split);
            Map<String, Long> storySizes = set.articles().stream()
                    .collect(Collectors.groupingBy(Article::story, Collectors.counting()));
            Map<String, Long> factSizes = set.claims().stream()
                    .collect(Collectors.groupingBy(GoldClaim::fact, Collectors.counting()));
            Map<String, Article> articles = set.articlesById();
            String byLanguage = LANGUAGES.stream()
                    .map(l -> String.valueOf(set.claims().stream()
                            .filter(c -> articles.get(c.articleId()).language().equals(l)).count()))
                    .collect(Collectors.joining(" / "));
            out.append("| ").append(split.stem())
                    .append(" | ").append(set.articles().size())
                    .append(" | ").append(storySizes.size())
                    .append(" | ").append(count(storySizes.values(), n -> n == 1))
                    .append(" | ").append(count(storySizes.values(), n -> n >= 5 && n <= 12))
                    .append(" | ").append(set.claims().size())
                    .append(" | ").append(set.facts().size())
                    .append(" | ").append(count(factSizes.values(), n -> n > 1))
                    .append(" | ").append(set.facts().stream().filter(GoldFact::contradiction).count())
                    .append(" | ").append(byLanguage).append(" |\n");
        }
        out.append("\nClaims per tag:\n\n| tag | dev | test |\n|---|---|---|\n");
        Map<Split, IdentitySet> sets = new TreeMap<>();
        for (Split split : Split.values()) {
            sets.put(split, IdentitySetLoader.load(split));
        }
        for (String tag : IdentityTags.ALL.stream().sorted().toList()) {
            out.append("| ").append(tag);
            for (Split split : Split.values()) {
                out.append(" | ").append(sets.get(split).claims().stream().filter(c -> c.tagged(tag)).count());
            }
            out.append(" |\n");
        }
        out.append("\nReuters story labels (`stories-reuters/<split>.tsv`):\n\n");
        out.append("| split | articles | stories | singletons | stories of 5+ | largest story |\n|---|---|---|---|---|---|\n");
        for (Split split : Split.values()) {
            List<ReutersStoryLabel> labels = ReutersStoryLabels.load(split);
            Map<String, Long> sizes = labels.stream()
                    .collect(Collectors.groupingBy(ReutersStoryLabel::story, Collectors.counting()));
            out.append("| ").append(split.stem())
                    .append(" | ").append(labels.size())
                    .append(" | ").append(sizes.size())
                    .append(" | ").append(count(sizes.values(), n -> n == 1))
                    .append(" | ").append(count(sizes.values(), n -> n >= 5))
                    .append(" | ").append(sizes.values().stream().mapToLong(Long::longValue).max().orElse(0))
                    .append(" |\n");
        }
        out.append("\nQuantity/date mentions (`extraction-service/src/test/resources/eval/quantities/<split>.tsv`), "
                + "mentions per category (issue 10 numbering) and negative sentences:\n\n");
        out.append("| split | language | 1 counts | 2 number forms | 3 value parsing | 4 durations/ages | 5 dates | negatives | mentions |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Split split : Split.values()) {
            List<QuantityMention> mentions = QuantitySetLoader.load(split);
            for (String language : LANGUAGES) {
                List<QuantityMention> inLanguage = mentions.stream().filter(m -> m.language().equals(language)).toList();
                out.append("| ").append(split.stem()).append(" | ").append(language);
                for (int category = 1; category <= 5; category++) {
                    int c = category;
                    out.append(" | ").append(inLanguage.stream().filter(m -> !m.negative() && m.category() == c).count());
                }
                out.append(" | ").append(inLanguage.stream().filter(QuantityMention::negative).count())
                        .append(" | ").append(inLanguage.stream().filter(m -> !m.negative()).count()).append(" |\n");
            }
        }
        return out.toString();
    }

    private static long count(java.util.Collection<Long> values, Predicate<Long> test) {
        return values.stream().filter(test).count();
    }
}
