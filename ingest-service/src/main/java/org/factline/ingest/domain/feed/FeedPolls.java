package org.factline.ingest.domain.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * How a poll changes a feed: pure state transitions. Failures back off exponentially (the
 * interval doubled per consecutive failure, at most an hour), and any success resets them.
 */
public final class FeedPolls {

    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private FeedPolls() {
    }

    public static Feed notModified(Feed f, Instant now) {
        return new Feed(f.id(), f.url(), f.pollInterval(), f.etag(), f.lastModified(), f.seenItems(), 0, null, now,
                now.plus(f.pollInterval()), f.itemsIngested(), f.itemsRejected(), f.notModified() + 1, f.createdAt());
    }

    public static Feed fetched(Feed f, Instant now, String etag, String lastModified, List<String> newlySeen,
                               int ingested, int rejected) {
        LinkedHashSet<String> seen = new LinkedHashSet<>(newlySeen);
        seen.addAll(f.seenItems());
        List<String> bounded = new ArrayList<>(seen).subList(0, Math.min(seen.size(), Feed.MAX_SEEN));
        return new Feed(f.id(), f.url(), f.pollInterval(), etag, lastModified, bounded, 0, null, now,
                now.plus(f.pollInterval()), f.itemsIngested() + ingested, f.itemsRejected() + rejected, f.notModified(),
                f.createdAt());
    }

    public static Feed failed(Feed f, Instant now, String error) {
        int failures = f.consecutiveFailures() + 1;
        return new Feed(f.id(), f.url(), f.pollInterval(), f.etag(), f.lastModified(), f.seenItems(), failures, error, now,
                now.plus(backoff(f.pollInterval(), failures)), f.itemsIngested(), f.itemsRejected(), f.notModified(),
                f.createdAt());
    }

    static Duration backoff(Duration interval, int failures) {
        Duration d = interval;
        for (int i = 0; i < failures && d.compareTo(MAX_BACKOFF) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
