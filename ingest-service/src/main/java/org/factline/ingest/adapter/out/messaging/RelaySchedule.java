package org.factline.ingest.adapter.out.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.factline.ingest.application.RelayPendingArticles;

/**
 * The relay's safety net: new articles wake it directly, and this sweep retries whatever is still
 * pending, e.g. after a broker outage or a restart.
 */
@ApplicationScoped
public class RelaySchedule {

    private final RelayPendingArticles relay;

    RelaySchedule(RelayPendingArticles relay) {
        this.relay = relay;
    }

    @Scheduled(every = "${factline.ingest.relay.sweep-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        relay.relayPending();
    }
}
