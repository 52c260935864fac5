package org.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Shapes a record from a file into the API's article object: common aliases of other corpora are
 * mapped (body or content to text, date_iso or date to publishedAt), fields the API does not know
 * are left out, a date-time without a zone is taken as UTC, and the command-line defaults fill
 * what the record lacks.
 */
final class ArticleRecords {

    private static final List<String> API_FIELDS = List.of("title", "text", "html", "url", "outlet", "publishedAt",
            "language", "authors", "tags");
    private static final Map<String, List<String>> ALIASES = Map.of(
            "text", List.of("body", "content"),
            "publishedAt", List.of("published", "date_iso", "date", "pubDate"),
            "url", List.of("link"));
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private ArticleRecords() {
    }

    static ObjectNode shape(ObjectNode record, Path file, IngestOptions options) {
        ObjectNode out = ArticleSource.JSON.createObjectNode();
        for (String field : API_FIELDS) {
            JsonNode value = record.get(field);
            if ((value == null || value.isNull()) && ALIASES.containsKey(field)) {
                value = ALIASES.get(field).stream().map(record::get).filter(v -> v != null && !v.isNull()).findFirst().orElse(null);
            }
            if (value != null && !value.isNull()) {
                out.set(field, value);
            }
        }
        if (out.path("publishedAt").isTextual() && LOCAL_DATE_TIME.matcher(out.get("publishedAt").asText()).matches()) {
            out.put("publishedAt", out.get("publishedAt").asText() + "Z");
        }
        if (options.outlet() != null) {
            out.put("outlet", options.outlet());
        } else if (!out.hasNonNull("outlet") && !out.hasNonNull("url")) {
            out.put("outlet", ArticleSource.stem(file));
        }
        if (!out.hasNonNull("publishedAt") && options.published() != null) {
            out.put("publishedAt", options.published());
        }
        if (!out.hasNonNull("language") && options.language() != null) {
            out.put("language", options.language());
        }
        return out;
    }
}
