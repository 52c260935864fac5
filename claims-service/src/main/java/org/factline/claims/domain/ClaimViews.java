package org.factline.claims.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Port: the claims read model, one record per claim ever attached. */
public interface ClaimViews {

    /** A fact's claims in arrival order. */
    List<ClaimRecord> ofFact(String factKey);

    /** An article's claims in arrival order; empty for an unknown article. */
    List<ClaimView> ofArticle(String articleId);

    /** The facts holding claims of an article. */
    List<String> factKeysOfArticle(String articleId);

    /** The claims of each of those facts that has any, in arrival order: one query for a projection batch. */
    Map<String, List<ClaimRecord>> ofFacts(Collection<String> factKeys);

    /** Saves (inserts or replaces) each record, in one round trip. */
    void saveAll(Collection<ClaimRecord> records);

    /** Drops every record, for a rebuild by replay. */
    void deleteAll();
}
