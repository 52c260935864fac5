package org.factline.ingest.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.factline.ingest.config.IngestConfig;
import org.factline.ingest.domain.Article;
import org.factline.ingest.domain.ArticlePublisher;
import org.factline.ingest.domain.ArticleStore;
import org.factline.support.work.DrainLoop;

/**
 * The outbox relay: publishes stored articles the broker has not acknowledged yet and marks each
 * one only after its acknowledgement. Freshly stored articles are handed over in memory, so the
 * hot path never scans the store; a sweep (at start-up and periodically) reads whatever the store
 * still has pending, which covers broker outages and crashes. A crash between publish and mark
 * republishes the same event id, which consumers recognise; nothing accepted is ever skipped.
 */
@ApplicationScoped
public class RelayPendingArticles {

    private final ArticleStore store;
    private final ArticlePublisher publisher;
    private final int batchSize;
    private final DrainLoop loop;
    private final Queue<Article> fresh = new ConcurrentLinkedQueue<>();
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean sweeping = true; // the first run reads what an earlier process left pending

    RelayPendingArticles(ArticleStore store, ArticlePublisher publisher, IngestConfig config, MeterRegistry metrics) {
        this.store = store;
        this.publisher = publisher;
        this.batchSize = config.relay().batchSize();
        this.loop = new DrainLoop("article-relay", this::relayBatch);
        // Counted once from the store, then kept in memory: a scrape must not scan the collection.
        pending.set(store.countPending());
        Gauge.builder("factline_ingest_relay_pending", pending, AtomicLong::get)
                .description("articles stored but not yet acknowledged by Kafka (this instance)").register(metrics);
    }

    /** A stored article to publish soon, on the relay's own thread. */
    public void enqueue(Article article) {
        pending.incrementAndGet();
        fresh.add(article);
        loop.wake();
    }

    /** Publishes everything the store has pending (the periodic sweep); returns how many went out. */
    public int relayPending() {
        sweeping = true;
        return loop.drain();
    }

    private int relayBatch() {
        List<Article> batch = new ArrayList<>(batchSize);
        Article next;
        while (batch.size() < batchSize && (next = fresh.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty() && sweeping) {
            batch = store.pendingPublication(batchSize);
            sweeping = batch.size() == batchSize;
        }
        publisher.publish(batch);
        if (!batch.isEmpty()) {
            store.markPublished(batch.stream().map(Article::id).toList());
            int sent = batch.size();
            pending.updateAndGet(v -> Math.max(0, v - sent)); // a sweep may republish a queued article
        }
        return batch.size();
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
