package org.factline.ingest.domain;

import java.util.List;

/** What a client handed in, before validation. Every field may be missing or wrong. */
public record ArticleSubmission(String title, String text, String url, String outlet, String publishedAt,
                                String language, List<String> authors) {
}
