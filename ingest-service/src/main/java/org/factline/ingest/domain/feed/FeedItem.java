package org.factline.ingest.domain.feed;

/** One entry of a feed: its stable key (guid or link), where its page is, and what the feed says of it. */
public record FeedItem(String key, String link, String title, String summaryHtml, String publishedAt, String author) {
}
