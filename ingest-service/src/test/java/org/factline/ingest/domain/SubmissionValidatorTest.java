package org.factline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    private static final Instant NOW = Instant.parse("2025-11-20T12:00:00Z");
    /** A stand-in page reader: the pure validator only needs the port's answer. */
    private static final PageReader PAGES = html -> new PageReader.Page("Page title",
            html.contains("<p>") ? html.replaceAll("<[^>]+>", " ").strip() : "", "A. Byline", "2025-11-15T10:00:00Z");
    private final SubmissionValidator validator = new SubmissionValidator(1000, PAGES);

    private static ArticleSubmission submission(String text, String url, String publishedAt) {
        return new ArticleSubmission(null, text, null, url, null, publishedAt, null, List.of(), List.of());
    }

    private static ArticleSubmission html(String html, String title) {
        return new ArticleSubmission(title, null, html, "https://example.org/page", null, null, null, List.of(), List.of("t"));
    }

    @Test
    void derives_outlet_title_and_stable_ids() {
        Article a = validator.validate(submission("Harbour news\nTwelve ships came in.", "HTTPS://WWW.Example.org/a/?x=1#top",
                "2025-11-16"), NOW);
        assertThat(a.url()).isEqualTo("https://www.example.org/a?x=1");
        assertThat(a.outlet()).isEqualTo("example.org");
        assertThat(a.title()).isEqualTo("Harbour news");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-11-16T00:00:00Z"));
        Article again = validator.validate(submission("other text", "https://www.example.org/a?x=1", null), NOW);
        assertThat(again.id()).isEqualTo(a.id());
    }

    @Test
    void same_text_with_different_spacing_and_case_has_the_same_hash() {
        assertThat(ArticleIdentity.contentHash("Twelve  ships\ncame in."))
                .isEqualTo(ArticleIdentity.contentHash("twelve ships came IN."));
    }

    @Test
    void reports_every_bad_field_at_once() {
        assertThatThrownBy(() -> validator.validate(submission(" ", "ftp://x", "2025-13-45"), NOW))
                .isInstanceOfSatisfying(RejectedSubmission.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("text", "url", "publishedAt", "outlet"));
    }

    @Test
    void refuses_oversized_text_future_dates_and_replacement_characters() {
        assertThatThrownBy(() -> validator.validate(submission("x".repeat(1001), null, null), NOW))
                .hasMessageContaining("larger than the limit of 1000 bytes");
        assertThatThrownBy(() -> validator.validate(submission("fine", "https://example.org/a", "2026-01-01T00:00:00Z"), NOW))
                .hasMessageContaining("publishedAt: is in the future");
        assertThatThrownBy(() -> validator.validate(submission("bad \uFFFD byte", "https://example.org/b", null), NOW))
                .hasMessageContaining("invalid UTF-8");
        assertThatThrownBy(() -> validator.validate(submission("fine", "https://example.org/c", "2025-02-30"), NOW))
                .hasMessageContaining("publishedAt: must be a real date");
    }

    @Test
    void html_is_read_for_text_and_the_pages_metadata_fills_what_is_missing() {
        Article a = validator.validate(html("<p>Twelve ships came in.</p>", null), NOW);
        assertThat(a.text()).isEqualTo("Twelve ships came in.");
        assertThat(a.title()).isEqualTo("Page title");
        assertThat(a.authors()).containsExactly("A. Byline");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2025-11-15T10:00:00Z"));
        assertThat(a.tags()).containsExactly("t");
        assertThat(validator.validate(html("<p>Body.</p>", "Given title"), NOW).title()).isEqualTo("Given title");
    }

    @Test
    void text_and_html_together_or_html_without_text_are_refused() {
        ArticleSubmission both = new ArticleSubmission(null, "t", "<p>h</p>", null, "o", null, null, null, null);
        assertThatThrownBy(() -> validator.validate(both, NOW)).hasMessageContaining("html: give either text or html");
        assertThatThrownBy(() -> validator.validate(html("<div></div>", null), NOW)).hasMessageContaining("html: contains no article text");
        ArticleSubmission badLanguage = new ArticleSubmission(null, "t", null, null, "o", null, "english", null, null);
        assertThatThrownBy(() -> validator.validate(badLanguage, NOW)).hasMessageContaining("language: must be a two-letter");
    }
}
