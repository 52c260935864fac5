package org.factline.ingest.domain;

import java.util.List;

/** What a client handed in, before validation. Every field may be missing or wrong. */
public record ArticleSubmission(String title, String text, String html, String url, String outlet, String publishedAt,
                                String language, List<String> authors, List<String> tags) {

    /** The same submission with defaults from outside (CLI options, a feed) filled where absent. */
    public ArticleSubmission withDefaults(String defaultOutlet, String defaultPublishedAt, String defaultLanguage) {
        return new ArticleSubmission(title, text, html, url, blank(outlet) ? defaultOutlet : outlet,
                blank(publishedAt) ? defaultPublishedAt : publishedAt, blank(language) ? defaultLanguage : language,
                authors, tags);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
