package org.factline.evaluation.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.evaluation.Split;

/** One split of the fact-identity and story set. */
public record IdentitySet(Split split, List<Article> articles, List<GoldClaim> claims, List<GoldFact> facts) {

    public IdentitySet {
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
        facts = List.copyOf(facts);
    }

    public Map<String, Article> articlesById() {
        return articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** Gold fact per claim key, the gold side of claim → fact B-cubed. */
    public Map<String, String> goldFactByClaim() {
        return claims.stream().collect(Collectors.toMap(GoldClaim::key, GoldClaim::fact, (a, b) -> a,
                LinkedHashMap::new));
    }

    /** Gold story per article id, the gold side of article → story B-cubed. */
    public Map<String, String> goldStoryByArticle() {
        return articles.stream().collect(Collectors.toMap(Article::id, Article::story, (a, b) -> a,
                LinkedHashMap::new));
    }
}
