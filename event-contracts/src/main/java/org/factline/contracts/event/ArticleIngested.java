package org.factline.contracts.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.factline.contracts.value.NearDuplicate;

/**
 * An article was accepted by ingest-service and stored. {@code publishedAt} is null when neither
 * the submitter nor the page said when it was published; {@code nearDuplicate} is set when the
 * article is a near copy of an earlier one.
 */
public record ArticleIngested(
        String articleId,
        String url,
        String outlet,
        String title,
        String text,
        Instant publishedAt,
        String language,
        List<String> authors,
        String contentHash,
        NearDuplicate nearDuplicate,
        Instant ingestedAt) implements FactlineEvent {

    public static final String TYPE = "article.ArticleIngested.v1";

    public ArticleIngested {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
