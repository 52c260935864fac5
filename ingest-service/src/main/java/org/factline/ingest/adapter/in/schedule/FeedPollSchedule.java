package org.factline.ingest.adapter.in.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.factline.ingest.application.PollFeeds;

/** Checks every second which feeds are due; each feed's own interval and backoff decide when it is. */
@ApplicationScoped
public class FeedPollSchedule {

    private final PollFeeds poller;

    FeedPollSchedule(PollFeeds poller) {
        this.poller = poller;
    }

    @Scheduled(every = "${factline.ingest.feeds.tick:1s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollDueFeeds() {
        poller.pollDue();
    }
}
