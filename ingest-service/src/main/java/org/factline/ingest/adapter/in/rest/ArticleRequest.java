package org.factline.ingest.adapter.in.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factline.ingest.domain.ArticleSubmission;

/**
 * The JSON body of {@code POST /articles} and one line of {@code POST /articles/batch}. Unknown
 * fields are refused with a 400 naming them, so a misspelt field never passes silently.
 */
@Schema(name = "ArticleRequest", description = "An article to ingest: give text or html (exactly one).")
public record ArticleRequest(
        @Schema(description = "Headline; from the page or the first line of text when absent") String title,
        @Schema(description = "Plain article text, at most 2 MB of UTF-8") String text,
        @Schema(description = "A web page; its article text, title, byline and date are read out of it") String html,
        @Schema(description = "Absolute http(s) URL; re-posts of the same URL are duplicates") String url,
        @Schema(description = "Outlet name; derived from the url's host when absent") String outlet,
        @Schema(description = "Publication date or date-time with zone", example = "2025-11-16T09:00:00Z") String publishedAt,
        @Schema(description = "ISO 639-1 code; detected from the text when absent", example = "en") String language,
        List<String> authors,
        List<String> tags) {

    ArticleSubmission toSubmission() {
        return new ArticleSubmission(title, text, html, url, outlet, publishedAt, language, authors, tags);
    }
}
