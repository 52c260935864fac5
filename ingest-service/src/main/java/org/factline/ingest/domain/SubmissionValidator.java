package org.factline.ingest.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a submission into an {@link Article} or refuses it with every field error at once. Pure:
 * the caller passes the clock reading, the size limit and the HTML reader.
 */
public final class SubmissionValidator {

    private final int maxBytes;
    private final PageReader pages;

    public SubmissionValidator(int maxBytes, PageReader pages) {
        this.maxBytes = maxBytes;
        this.pages = pages;
    }

    public Article validate(ArticleSubmission s, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        ArticleSubmission resolved = resolveBody(s, errors);
        String text = resolved.text() == null ? null : resolved.text().strip();
        String canonicalUrl = ArticleSubmission.blank(s.url()) ? null : canonical(s.url(), errors);
        Instant publishedAt = ArticleSubmission.blank(resolved.publishedAt()) ? null
                : parseDate(resolved.publishedAt(), now, errors);
        String outlet = !ArticleSubmission.blank(s.outlet()) ? s.outlet().strip().toLowerCase(Locale.ROOT)
                : canonicalUrl != null ? ArticleIdentity.outletOf(canonicalUrl) : null;
        if (outlet == null) {
            errors.add(new FieldError("outlet", "is required when there is no url to derive it from"));
        }
        String language = ArticleSubmission.blank(s.language()) ? null : s.language().strip().toLowerCase(Locale.ROOT);
        if (language != null && !language.matches("[a-z]{2}")) {
            errors.add(new FieldError("language", "must be a two-letter ISO 639-1 code such as en"));
        }
        if (!errors.isEmpty()) {
            throw new RejectedSubmission(errors);
        }
        String hash = ArticleIdentity.contentHash(text);
        String title = ArticleSubmission.blank(resolved.title()) ? firstLine(text) : resolved.title().strip();
        return new Article(ArticleIdentity.articleId(canonicalUrl, hash), canonicalUrl, outlet, title, text, publishedAt,
                language, resolved.authors(), s.tags(), hash, null, now);
    }

    /** Text as given, or read out of the HTML with the page's own title, byline and date as fallbacks. */
    private ArticleSubmission resolveBody(ArticleSubmission s, List<FieldError> errors) {
        boolean hasText = !ArticleSubmission.blank(s.text());
        boolean hasHtml = !ArticleSubmission.blank(s.html());
        if (hasText && hasHtml) {
            errors.add(new FieldError("html", "give either text or html, not both"));
            return s;
        }
        if (!hasText && !hasHtml) {
            errors.add(new FieldError("text", "is required (or html) and must not be blank"));
            return s;
        }
        String field = hasText ? "text" : "html";
        String body = hasText ? s.text() : s.html();
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            errors.add(new FieldError(field, "is larger than the limit of " + maxBytes + " bytes"));
            return s;
        }
        if (body.indexOf('\uFFFD') >= 0) {
            errors.add(new FieldError(field, "contains invalid UTF-8 (replacement characters)"));
            return s;
        }
        if (hasText) {
            return s;
        }
        PageReader.Page page = pages.read(s.html());
        if (ArticleSubmission.blank(page.text())) {
            errors.add(new FieldError("html", "contains no article text"));
        }
        List<String> authors = (s.authors() == null || s.authors().isEmpty()) && page.byline() != null
                ? List.of(page.byline()) : s.authors();
        return new ArticleSubmission(ArticleSubmission.blank(s.title()) ? page.title() : s.title(), page.text(), null,
                s.url(), s.outlet(), ArticleSubmission.blank(s.publishedAt()) ? page.publishedAt() : s.publishedAt(),
                s.language(), authors, s.tags());
    }

    private static String canonical(String url, List<FieldError> errors) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add(new FieldError("url", "must be an absolute http or https URL"));
                return null;
            }
            return ArticleIdentity.canonicalUrl(url);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("url", "is not a valid URL"));
            return null;
        }
    }

    private static Instant parseDate(String value, Instant now, List<FieldError> errors) {
        Instant parsed;
        try {
            String v = value.strip();
            parsed = v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("publishedAt",
                    "must be a real date (2025-11-16) or a date-time with zone (2025-11-16T09:00:00Z), got '" + value + "'"));
            return null;
        }
        // A day of slack for time zones and clock skew; anything later has not been published yet.
        if (parsed.isAfter(now.plusSeconds(86_400))) {
            errors.add(new FieldError("publishedAt", "is in the future"));
        }
        return parsed;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = (nl < 0 ? text : text.substring(0, nl)).strip();
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
