package org.factline.ingest.adapter.in.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factline.ingest.domain.ArticleSubmission;

/** The JSON body of {@code POST /articles}. Unknown fields are refused (see application.properties). */
@Schema(name = "ArticleRequest", description = "An article to ingest; text is required.")
public record ArticleRequest(
        @Schema(description = "Headline; the first line of text when absent") String title,
        @Schema(required = true, description = "Plain article text, at most 2 MB of UTF-8") String text,
        @Schema(description = "Absolute http(s) URL; duplicates are recognised by it") String url,
        @Schema(description = "Outlet name; derived from the url's host when absent") String outlet,
        @Schema(description = "Publication date or date-time with zone", example = "2025-11-16T09:00:00Z") String publishedAt,
        @Schema(description = "ISO 639-1 code", example = "en") String language,
        List<String> authors) {

    ArticleSubmission toSubmission() {
        return new ArticleSubmission(title, text, url, outlet, publishedAt, language, authors);
    }
}
