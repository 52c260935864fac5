package org.factline.extraction.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.factline.contracts.envelope.EventCodec;
import org.factline.extraction.domain.ArticleText;
import org.factline.extraction.domain.ClaimExtractor;
import org.factline.extraction.domain.DocumentDate;
import org.factline.extraction.domain.Extraction;
import org.factline.extraction.domain.Languages;

/**
 * {@code factline extract}: JSONL documents in ({@code {"id","text","publishedAt"?,"language"?,"outlet"?}}),
 * one JSONL extraction per document out, in input order, without Kafka or MongoDB. A bad line is
 * reported on stderr with its line number and skipped; nothing is written for it on stdout. A
 * document in a language without rules (rules/languages.tsv) gets a line with no claims and a
 * note on stderr; it is not rejected.
 * Exit status: 0 when every line was extracted, 1 when some were rejected, 2 on usage or I/O errors.
 */
public final class ExtractMain {

    static final String DEFAULT_LANGUAGE = "en";
    private static final ObjectMapper MAPPER = EventCodec.mapper();

    private final Languages languages = Languages.load(DEFAULT_LANGUAGE);
    private final Clock clock;

    ExtractMain(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        if (args.length > 1 || args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.err.println("usage: ExtractMain [FILE]   (reads JSONL from FILE, or from stdin when absent)");
            System.exit(2);
        }
        try (Reader in = args.length == 1 ? Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)
                : new InputStreamReader(System.in, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            int rejected = new ExtractMain(Clock.systemUTC()).run(in, out, System.err);
            out.flush();
            System.exit(rejected == 0 ? 0 : 1);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("extract: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Returns how many lines were rejected. */
    int run(Reader input, Writer out, PrintStream err) throws IOException {
        BufferedReader reader = new BufferedReader(input);
        String line;
        int lineNo = 0;
        int rejected = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.write(extractLine(line, lineNo, err));
                out.write('\n');
            } catch (BadLine e) {
                rejected++;
                err.println("extract: line " + lineNo + ": " + e.getMessage());
            }
        }
        out.flush();
        return rejected;
    }

    private String extractLine(String line, int lineNo, PrintStream err) throws BadLine {
        JsonNode doc;
        try {
            doc = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("not JSON: " + e.getOriginalMessage());
        }
        if (doc == null || !doc.isObject()) {
            throw new BadLine("expected a JSON object");
        }
        String id = requiredText(doc, "id");
        String text = requiredText(doc, "text");
        String language = optionalText(doc, "language");
        String outlet = optionalText(doc, "outlet");
        Instant publishedAt = publishedAt(optionalText(doc, "publishedAt"), id);
        ArticleText article = new ArticleText(id, outlet == null ? "unknown" : outlet, optionalText(doc, "url"), text, publishedAt);
        Optional<ClaimExtractor> extractor = languages.extractor(language);
        Extraction extraction;
        if (extractor.isPresent()) {
            extraction = extractor.get().analyse(article, clock.instant());
        } else {
            // Not an error: the document is fine, there are just no rules for its language yet.
            err.println("extract: line " + lineNo + ": document " + id + ": " + languages.noRulesMessage(language));
            extraction = Extraction.none(publishedAt == null ? DocumentDate.none() : DocumentDate.given(publishedAt));
        }
        try {
            return MAPPER.writeValueAsString(ExtractionJson.of(id, extraction));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("extraction of " + id + " could not be written as JSON", e);
        }
    }

    /** An instant ("2025-11-17T09:00:00Z"), an offset date-time, or a plain date (taken as UTC midnight). */
    private static Instant publishedAt(String value, String id) throws BadLine {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadLine("document " + id + ": publishedAt '" + value + "' is not an ISO-8601 date or date-time");
            }
        }
    }

    private static String requiredText(JsonNode doc, String field) throws BadLine {
        JsonNode v = doc.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new BadLine("field '" + field + "' is missing, empty or not a string");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode doc, String field) throws BadLine {
        JsonNode v = doc.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadLine("field '" + field + "' must be a string");
        }
        return v.asText();
    }

    /** A rejected input line; the message names the problem. */
    static final class BadLine extends Exception {
        BadLine(String message) {
            super(message);
        }
    }
}
