package org.factline.extraction.domain;

import java.time.Instant;

/** What the extractor needs of an article. {@code publishedAt} may be null. */
public record ArticleText(String articleId, String outlet, String url, String text, Instant publishedAt) {
}
