package org.factline.ingest.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.factline.ingest.config.IngestConfig;
import org.factline.ingest.domain.Article;
import org.factline.ingest.domain.ArticlePublisher;
import org.factline.ingest.domain.ArticleStore;
import org.factline.support.work.DrainLoop;

/**
 * The outbox relay: publishes stored articles the broker has not acknowledged yet, oldest first,
 * and marks each one only after its acknowledgement. A crash between the two republishes the
 * same event id, which consumers recognise; nothing accepted is ever skipped.
 */
@ApplicationScoped
public class RelayPendingArticles {

    private final ArticleStore store;
    private final ArticlePublisher publisher;
    private final int batchSize;
    private final DrainLoop loop;

    RelayPendingArticles(ArticleStore store, ArticlePublisher publisher, IngestConfig config, MeterRegistry metrics) {
        this.store = store;
        this.publisher = publisher;
        this.batchSize = config.relay().batchSize();
        this.loop = new DrainLoop("article-relay", this::relayBatch);
        Gauge.builder("factline_ingest_relay_pending", store, ArticleStore::countPending)
                .description("articles stored but not yet acknowledged by Kafka").register(metrics);
    }

    /** Runs the relay soon on its own thread. */
    public void wake() {
        loop.wake();
    }

    /** Publishes everything pending (used by the periodic sweep); returns how many went out. */
    public int relayPending() {
        return loop.drain();
    }

    private int relayBatch() {
        List<Article> batch = store.pendingPublication(batchSize);
        for (Article article : batch) {
            publisher.publish(article);
            store.markPublished(article.id());
        }
        return batch.size();
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
