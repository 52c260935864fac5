package org.factline.ingest.domain.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A registered RSS or Atom feed and its polling state. {@code seenItems} remembers the newest item
 * keys (bounded), so an item is ingested once even when the feed keeps listing it.
 */
public record Feed(String id, String url, Duration pollInterval, String etag, String lastModified, List<String> seenItems,
                   int consecutiveFailures, String lastError, Instant lastPolledAt, Instant nextPollAt,
                   long itemsIngested, long itemsRejected, long notModified, Instant createdAt) {

    public static final int MAX_SEEN = 5000;

    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(pollInterval, "pollInterval");
        seenItems = seenItems == null ? List.of() : List.copyOf(seenItems);
    }

    public static Feed register(String id, String url, Duration interval, Instant now) {
        return new Feed(id, url, interval, null, null, List.of(), 0, null, null, now, 0, 0, 0, now);
    }

    public String status() {
        return consecutiveFailures == 0 ? "active" : "backing-off";
    }

    public boolean due(Instant now) {
        return !nextPollAt.isAfter(now);
    }
}
