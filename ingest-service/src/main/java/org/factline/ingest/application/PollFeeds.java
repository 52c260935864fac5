package org.factline.ingest.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factline.ingest.domain.ArticleSubmission;
import org.factline.ingest.domain.RejectedSubmission;
import org.factline.ingest.domain.feed.Feed;
import org.factline.ingest.domain.feed.FeedItem;
import org.factline.ingest.domain.feed.FeedPolls;
import org.factline.ingest.domain.feed.FeedPorts;
import org.jboss.logging.Logger;

/**
 * Polls the feeds that are due: conditional GET, parse, and for each item not seen before fetch
 * its page and ingest it like any other article (falling back to the feed's own summary when the
 * page cannot be fetched). A failing feed backs off; a failing item never fails its feed.
 */
@ApplicationScoped
public class PollFeeds {

    private static final Logger LOG = Logger.getLogger(PollFeeds.class);

    private final FeedPorts.Store feeds;
    private final FeedPorts.Http http;
    private final FeedPorts.Parser parser;
    private final IngestArticle ingest;
    private final Clock clock;
    private final MeterRegistry metrics;

    PollFeeds(FeedPorts.Store feeds, FeedPorts.Http http, FeedPorts.Parser parser, IngestArticle ingest, Clock clock,
              MeterRegistry metrics) {
        this.feeds = feeds;
        this.http = http;
        this.parser = parser;
        this.ingest = ingest;
        this.clock = clock;
        this.metrics = metrics;
    }

    public int pollDue() {
        int polled = 0;
        for (Feed feed : feeds.all()) {
            if (feed.due(clock.instant())) {
                feeds.save(poll(feed));
                polled++;
            }
        }
        return polled;
    }

    Feed poll(Feed feed) {
        FeedPorts.Fetch fetch = http.get(feed.url(), feed.etag(), feed.lastModified());
        if (fetch.notModified()) {
            metrics.counter("factline_ingest_feed_polls_total", "result", "not-modified").increment();
            return FeedPolls.notModified(feed, clock.instant());
        }
        if (!fetch.ok()) {
            return failed(feed, fetch.error() != null ? fetch.error() : "HTTP " + fetch.status());
        }
        List<FeedItem> items;
        try {
            items = parser.items(fetch.body());
        } catch (IllegalArgumentException e) {
            return failed(feed, "not an RSS or Atom feed: " + e.getMessage());
        }
        Set<String> seen = new HashSet<>(feed.seenItems());
        List<String> newlySeen = new ArrayList<>();
        int ingested = 0;
        int rejected = 0;
        for (FeedItem item : items) {
            if (seen.contains(item.key())) {
                continue;
            }
            try {
                ingest.ingest(submission(item));
                ingested++;
            } catch (RejectedSubmission e) {
                rejected++;
                LOG.infof("feed %s item %s rejected: %s", feed.id(), item.key(), e.getMessage());
            }
            newlySeen.add(item.key()); // a rejected item stays rejected: do not retry it every poll
        }
        metrics.counter("factline_ingest_feed_polls_total", "result", "fetched").increment();
        return FeedPolls.fetched(feed, clock.instant(), fetch.etag(), fetch.lastModified(), newlySeen, ingested, rejected);
    }

    private Feed failed(Feed feed, String error) {
        metrics.counter("factline_ingest_feed_polls_total", "result", "failed").increment();
        LOG.warnf("feed %s (%s) failed: %s", feed.id(), feed.url(), error);
        return FeedPolls.failed(feed, clock.instant(), error);
    }

    private ArticleSubmission submission(FeedItem item) {
        String html = item.summaryHtml();
        String url = item.link() != null && isHttp(item.link()) ? item.link() : null;
        if (url != null) {
            FeedPorts.Fetch page = http.get(url, null, null);
            if (page.ok() && page.body().length > 0) {
                html = new String(page.body(), StandardCharsets.UTF_8);
            }
        }
        List<String> authors = item.author() == null ? List.of() : List.of(item.author());
        return new ArticleSubmission(item.title(), null, html, url, url == null ? "feed" : null, item.publishedAt(), null,
                authors, List.of("feed"));
    }

    private static boolean isHttp(String link) {
        try {
            String scheme = URI.create(link).getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
