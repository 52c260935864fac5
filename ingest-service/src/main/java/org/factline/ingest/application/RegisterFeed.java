package org.factline.ingest.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.factline.ingest.config.IngestConfig;
import org.factline.ingest.domain.ArticleIdentity;
import org.factline.ingest.domain.FieldError;
import org.factline.ingest.domain.RejectedSubmission;
import org.factline.ingest.domain.feed.Feed;
import org.factline.ingest.domain.feed.FeedPorts;

/** Registers a feed (idempotent per URL) and schedules its first poll at once. */
@ApplicationScoped
public class RegisterFeed {

    /** Whether the feed was new. */
    public record Registered(Feed feed, boolean created) {
    }

    private final FeedPorts.Store feeds;
    private final Clock clock;
    private final IngestConfig config;

    RegisterFeed(FeedPorts.Store feeds, Clock clock, IngestConfig config) {
        this.feeds = feeds;
        this.clock = clock;
        this.config = config;
    }

    public Registered register(String url, Duration interval) {
        String checked = checkUrl(url);
        Duration min = config.feeds().minInterval();
        if (interval == null || interval.compareTo(min) < 0 || interval.compareTo(Duration.ofDays(1)) > 0) {
            throw new RejectedSubmission(List.of(new FieldError("pollInterval",
                    "must be between " + min.toSeconds() + " seconds and one day")));
        }
        return feeds.findByUrl(checked).map(f -> new Registered(f, false)).orElseGet(() -> {
            Feed feed = Feed.register(id(checked), checked, interval, clock.instant());
            feeds.save(feed);
            return new Registered(feed, true);
        });
    }

    private static String checkUrl(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new RejectedSubmission(List.of(new FieldError("url", "must be an absolute http or https URL")));
    }

    private static String id(String url) {
        return "feed-" + ArticleIdentity.sha256(url).substring(0, 12);
    }
}
