package org.factline.ingest.domain;

/** What storing an article did: stored it as new, or found the article it duplicates. */
public record StoreOutcome(String articleId, boolean duplicate) {
}
