package org.factline.ingest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.factline.contracts.value.NearDuplicate;

/**
 * An accepted article as ingest-service keeps it. Immutable; the outbox state lives beside it in
 * storage. {@code nearDuplicate} links a syndicated or lightly edited copy to its original.
 */
public record Article(
        String id,
        String url,
        String outlet,
        String title,
        String text,
        Instant publishedAt,
        String language,
        List<String> authors,
        List<String> tags,
        String contentHash,
        NearDuplicate nearDuplicate,
        Instant ingestedAt) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public Article withLanguage(String detected) {
        return new Article(id, url, outlet, title, text, publishedAt, detected, authors, tags, contentHash, nearDuplicate,
                ingestedAt);
    }

    public Article withNearDuplicate(NearDuplicate link) {
        return new Article(id, url, outlet, title, text, publishedAt, language, authors, tags, contentHash, link, ingestedAt);
    }
}
