package org.factline.ingest.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Port: where accepted articles live. Storing one also queues it for publication (the stored
 * record is its own outbox entry), in one atomic write.
 */
public interface ArticleStore {

    /** Stores the article with its MinHash signature unless its id or content hash is already stored. */
    StoreOutcome storeIfNew(Article article, int[] signature);

    Optional<StoredArticle> find(String articleId);

    /** Oldest first, at most {@code limit} articles not yet acknowledged by the broker. */
    List<Article> pendingPublication(int limit);

    void markPublished(List<String> articleIds);

    long countPending();

    /** Every stored original (not itself a near-duplicate) with its signature, for rebuilding the index. */
    void forEachOriginal(BiConsumer<String, int[]> sink);
}
