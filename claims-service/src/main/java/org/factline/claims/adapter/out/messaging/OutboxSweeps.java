package org.factline.claims.adapter.out.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.factline.claims.application.ProjectFacts;
import org.factline.claims.application.RelayFactEvents;

/** Safety net behind the commit signals: retries after a broker outage or a crash. */
@ApplicationScoped
public class OutboxSweeps {

    private final RelayFactEvents relay;
    private final ProjectFacts projector;

    OutboxSweeps(RelayFactEvents relay, ProjectFacts projector) {
        this.relay = relay;
        this.projector = projector;
    }

    @Scheduled(every = "${factline.claims.sweep-interval:5s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        relay.relayPending();
        projector.catchUp();
    }
}
