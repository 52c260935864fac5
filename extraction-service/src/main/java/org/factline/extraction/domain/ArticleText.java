package org.factline.extraction.domain;

import java.time.Instant;

/**
 * What the extractor needs of an article. {@code publishedAt} may be null; {@code copyOf} is the
 * original article's id when ingest linked this one as a near copy, else null.
 */
public record ArticleText(String articleId, String outlet, String url, String text, Instant publishedAt, String copyOf) {

    public ArticleText(String articleId, String outlet, String url, String text, Instant publishedAt) {
        this(articleId, outlet, url, text, publishedAt, null);
    }
}
