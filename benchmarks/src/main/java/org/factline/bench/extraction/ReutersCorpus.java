package org.factline.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.factline.extraction.domain.ArticleText;

/**
 * The Reuters-21578 articles in {@code ../shared/corpus/reuters21578.jsonl.gz}, read at run time
 * (never copied into the repository): title and body as the article text, the date as its
 * publication date. A record without a body is not an article and is left out (one in the
 * corpus). {@code FACTLINE_SHARED_DIR} (or {@code -Dfactline.shared.dir}) moves the shared directory.
 */
final class ReutersCorpus {

    static final String RELATIVE = "corpus/reuters21578.jsonl.gz";

    private ReutersCorpus() {
    }

    static Path locate() {
        String dir = System.getProperty("factline.shared.dir", System.getenv().getOrDefault("FACTLINE_SHARED_DIR", "../shared"));
        Path file = Path.of(dir).resolve(RELATIVE);
        if (!Files.exists(file)) {
            throw new IllegalStateException("The Reuters corpus " + file.toAbsolutePath().normalize() + " is absent: this benchmark "
                    + "reads it at run time. Run from the repository root with ../shared beside it, or set FACTLINE_SHARED_DIR.");
        }
        return file;
    }

    static List<ArticleText> articles(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        List<ArticleText> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = mapper.readTree(line);
                String body = n.path("body").asText("");
                if (body.isBlank()) {
                    continue;
                }
                String date = n.path("date_iso").asText("");
                Instant published = date.isEmpty() ? null : Instant.parse(date + "Z");
                out.add(new ArticleText("reuters-" + n.path("newid").asText(), "reuters", null,
                        n.path("title").asText("") + "\n" + body, published));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    static double averageUtf8Bytes(List<ArticleText> articles) {
        long bytes = 0;
        for (ArticleText a : articles) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return (double) bytes / articles.size();
    }
}
