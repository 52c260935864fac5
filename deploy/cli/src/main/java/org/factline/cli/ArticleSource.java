package org.factline.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file as a stream of article records, never the whole file at once. Formats by
 * extension (optionally .gz): .txt (first line is the title), .html/.htm, .json (an object or an
 * array of objects), .ndjson/.jsonl (one object per line).
 */
final class ArticleSource {

    /** One record, or why it could not be read; {@code where} is file[:line] for messages. */
    record Item(String where, ObjectNode article, String unreadable) {
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private ArticleSource() {
    }

    static boolean isArticleFile(Path p) {
        String n = plainName(p);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".json")
                || n.endsWith(".ndjson") || n.endsWith(".jsonl");
    }

    /** How many records the file holds, for the progress bar (one cheap extra pass for line formats). */
    static long count(Path p) throws IOException {
        String n = plainName(p);
        if (n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
            try (BufferedReader r = reader(p)) {
                return r.lines().filter(l -> !l.isBlank()).count();
            }
        }
        if (n.endsWith(".json")) {
            long[] count = {0};
            read(p, item -> count[0]++);
            return count[0];
        }
        return 1;
    }

    static void read(Path p, Consumer<Item> sink) throws IOException {
        String n = plainName(p);
        if (n.endsWith(".ndjson") || n.endsWith(".jsonl")) {
            readLines(p, sink);
        } else if (n.endsWith(".json")) {
            readJson(p, sink);
        } else {
            readDocument(p, n.endsWith(".txt"), sink);
        }
    }

    private static void readLines(Path p, Consumer<Item> sink) throws IOException {
        try (BufferedReader r = reader(p)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    sink.accept(parse(p + ":" + number, line));
                }
            }
        }
    }

    private static void readJson(Path p, Consumer<Item> sink) throws IOException {
        try (InputStream in = open(p); JsonParser parser = JSON.getFactory().createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                sink.accept(item(p.toString(), JSON.readTree(parser)));
            } else if (first == JsonToken.START_ARRAY) {
                int index = 0;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    sink.accept(item(p + "[" + index++ + "]", JSON.readTree(parser)));
                }
            } else {
                sink.accept(new Item(p.toString(), null, "not a JSON object or array of objects"));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            sink.accept(new Item(p.toString(), null, "not valid JSON: " + e.getOriginalMessage()));
        }
    }

    private static void readDocument(Path p, boolean plainText, Consumer<Item> sink) throws IOException {
        String content;
        try (InputStream in = open(p)) {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            sink.accept(new Item(p.toString(), null, "not valid UTF-8"));
            return;
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        ObjectNode article = JSON.createObjectNode();
        if (plainText) {
            int nl = content.indexOf('\n');
            String title = (nl < 0 ? content : content.substring(0, nl)).strip();
            if (!title.isEmpty()) {
                article.put("title", title);
            }
            article.put("text", nl < 0 ? content : content.substring(nl + 1));
        } else {
            article.put("html", content);
        }
        article.put("outlet", stem(p));
        sink.accept(new Item(p.toString(), article, null));
    }

    private static Item parse(String where, String line) {
        try {
            return item(where, JSON.readTree(line));
        } catch (IOException e) {
            return new Item(where, null, "not valid JSON");
        }
    }

    private static Item item(String where, JsonNode node) {
        return node instanceof ObjectNode o ? new Item(where, o, null) : new Item(where, null, "not a JSON object");
    }

    private static BufferedReader reader(Path p) throws IOException {
        return new BufferedReader(new InputStreamReader(open(p), StandardCharsets.UTF_8), 1 << 16);
    }

    private static InputStream open(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static String plainName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    static String stem(Path p) {
        String n = plainName(p);
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT);
    }
}
