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
 * the caller passes the clock reading and the size limit.
 */
public final class SubmissionValidator {

    private final int maxTextBytes;

    public SubmissionValidator(int maxTextBytes) {
        this.maxTextBytes = maxTextBytes;
    }

    public Article validate(ArticleSubmission s, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String text = s.text() == null ? null : s.text().strip();
        if (text == null || text.isEmpty()) {
            errors.add(new FieldError("text", "is required and must not be blank"));
        } else if (text.getBytes(StandardCharsets.UTF_8).length > maxTextBytes) {
            errors.add(new FieldError("text", "is larger than the limit of " + maxTextBytes + " bytes"));
        } else if (text.indexOf('\uFFFD') >= 0) {
            errors.add(new FieldError("text", "contains invalid UTF-8 (replacement characters)"));
        }
        String canonicalUrl = null;
        if (s.url() != null && !s.url().isBlank()) {
            canonicalUrl = canonical(s.url(), errors);
        }
        Instant publishedAt = s.publishedAt() == null || s.publishedAt().isBlank() ? null : parseDate(s.publishedAt(), now, errors);
        String outlet = s.outlet() != null && !s.outlet().isBlank() ? s.outlet().strip().toLowerCase(Locale.ROOT)
                : canonicalUrl != null ? ArticleIdentity.outletOf(canonicalUrl) : null;
        if (outlet == null) {
            errors.add(new FieldError("outlet", "is required when there is no url to derive it from"));
        }
        if (!errors.isEmpty()) {
            throw new RejectedSubmission(errors);
        }
        String hash = ArticleIdentity.contentHash(text);
        String title = s.title() == null || s.title().isBlank() ? firstLine(text) : s.title().strip();
        String language = s.language() == null || s.language().isBlank() ? null : s.language().strip().toLowerCase(Locale.ROOT);
        return new Article(ArticleIdentity.articleId(canonicalUrl, hash), canonicalUrl, outlet, title, text,
                publishedAt, language, s.authors(), hash, now);
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
            parsed = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("publishedAt", "must be a date (2025-11-16) or a date-time with zone (2025-11-16T09:00:00Z)"));
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
