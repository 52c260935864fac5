package org.factline.ingest.domain;

import java.time.Instant;

/** An article with its publication state: {@code publishedAt} is null until the broker acknowledged it. */
public record StoredArticle(Article article, Instant relayedAt) {

    public boolean relayed() {
        return relayedAt != null;
    }
}
