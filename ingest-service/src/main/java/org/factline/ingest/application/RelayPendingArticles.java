package org.factline.ingest.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import jakarta.annotation.PreDestroy;
import org.factline.ingest.config.IngestConfig;
import org.factline.ingest.domain.Article;
import org.factline.ingest.domain.ArticlePublisher;
import org.factline.ingest.domain.ArticleStore;
import org.jboss.logging.Logger;

/**
 * The outbox relay: publishes stored articles the broker has not acknowledged yet, oldest first,
 * and marks each one only after its acknowledgement. A crash between the two republishes the
 * same event id, which consumers recognise; nothing accepted is ever skipped.
 */
@ApplicationScoped
public class RelayPendingArticles {

    private static final Logger LOG = Logger.getLogger(RelayPendingArticles.class);

    private final ArticleStore store;
    private final ArticlePublisher publisher;
    private final int batchSize;
    private final ReentrantLock running = new ReentrantLock();
    // One thread: a wake-up runs the relay at once, off the request thread.
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> new Thread(r, "article-relay"));
    private volatile boolean wakeRequested;

    RelayPendingArticles(ArticleStore store, ArticlePublisher publisher, IngestConfig config, MeterRegistry metrics) {
        this.store = store;
        this.publisher = publisher;
        this.batchSize = config.relay().batchSize();
        Gauge.builder("factline_ingest_relay_pending", store, ArticleStore::countPending)
                .description("articles stored but not yet acknowledged by Kafka").register(metrics);
    }

    /** Runs the relay soon on its own thread; wake-ups during a run make it go round once more. */
    public void wake() {
        wakeRequested = true;
        waker.execute(this::relayPending);
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
    }

    /** Publishes pending articles until none is left or the broker fails; returns how many went out. */
    public int relayPending() {
        if (!running.tryLock()) {
            return 0; // another run is already draining the outbox
        }
        int sent = 0;
        try {
            List<Article> batch;
            do {
                wakeRequested = false;
                batch = store.pendingPublication(batchSize);
                for (Article article : batch) {
                    publisher.publish(article);
                    store.markPublished(article.id());
                    sent++;
                }
            } while (batch.size() == batchSize || wakeRequested);
        } catch (RuntimeException e) {
            // The broker is away or refused: the articles stay pending and the next run retries.
            LOG.warnf("relay paused after %d articles: %s", sent, e.getMessage());
        } finally {
            running.unlock();
        }
        return sent;
    }
}
