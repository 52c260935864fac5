package org.factline.claims.application;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.factline.claims.domain.FactEventPublisher;
import org.factline.claims.domain.FactEventStore;
import org.factline.claims.domain.StoredCommit;
import org.factline.support.work.DrainLoop;

/**
 * The outbox relay of the fact store: unpublished commits in position order (so per fact in
 * stream order), each marked published only after the broker acknowledged all its events.
 */
@Startup
@ApplicationScoped
public class RelayFactEvents {

    private static final int BATCH = 100;

    private final FactEventStore store;
    private final FactEventPublisher publisher;
    private final DrainLoop loop;

    RelayFactEvents(FactEventStore store, FactEventPublisher publisher, FactChangeSignals signals) {
        this.store = store;
        this.publisher = publisher;
        this.loop = new DrainLoop("fact-relay", this::relayBatch);
        signals.onCommit(loop::wake);
        loop.wake();
    }

    public int relayPending() {
        return loop.drain();
    }

    private int relayBatch() {
        List<StoredCommit> batch = store.unpublished(BATCH);
        for (StoredCommit commit : batch) {
            publisher.publish(commit);
            store.markPublished(commit);
        }
        return batch.size();
    }

    @PreDestroy
    void stop() {
        loop.close();
    }
}
