package org.factline.claims.domain;

import java.util.List;

/** Port: the claims read model, one record per claim ever attached. */
public interface ClaimViews {

    /** A fact's claims in arrival order. */
    List<ClaimRecord> ofFact(String factKey);

    /** An article's claims in arrival order; empty for an unknown article. */
    List<ClaimView> ofArticle(String articleId);

    /** The facts holding claims of an article. */
    List<String> factKeysOfArticle(String articleId);

    void save(ClaimRecord record);

    /** Drops every record, for a rebuild by replay. */
    void deleteAll();
}
