package org.factline.ingest.domain;

import java.util.List;
import java.util.Optional;

/**
 * Port: where accepted articles live. Storing one also queues it for publication (the stored
 * record is its own outbox entry), in one atomic write.
 */
public interface ArticleStore {

    StoreOutcome storeIfNew(Article article);

    Optional<StoredArticle> find(String articleId);

    /** Oldest first, at most {@code limit} articles not yet acknowledged by the broker. */
    List<Article> pendingPublication(int limit);

    void markPublished(String articleId);

    long countPending();
}
