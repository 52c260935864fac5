package org.factline.ingest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An accepted article as ingest-service keeps it. Immutable; the outbox state lives beside it in storage. */
public record Article(
        String id,
        String url,
        String outlet,
        String title,
        String text,
        Instant publishedAt,
        String language,
        List<String> authors,
        String contentHash,
        Instant ingestedAt) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
