package org.factline.ingest.adapter.in.rest;

import java.time.Instant;
import java.util.List;
import org.factline.contracts.value.NearDuplicate;
import org.factline.ingest.domain.StoredArticle;

/** {@code GET /articles/{id}}: the stored article and how far it has got ("stored", then "published"). */
public record ArticleView(String id, String url, String outlet, String title, String text, Instant publishedAt,
                          String language, List<String> authors, List<String> tags, NearDuplicate nearDuplicate,
                          Instant ingestedAt, String status, Instant relayedAt) {

    static ArticleView of(StoredArticle stored) {
        var a = stored.article();
        return new ArticleView(a.id(), a.url(), a.outlet(), a.title(), a.text(), a.publishedAt(), a.language(),
                a.authors(), a.tags(), a.nearDuplicate(), a.ingestedAt(), stored.relayed() ? "published" : "stored",
                stored.relayedAt());
    }
}
