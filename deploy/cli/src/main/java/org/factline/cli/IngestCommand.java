package org.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code factline ingest}: posts each article file to ingest-service, with progress and a summary. */
final class IngestCommand {

    private static final int PARALLEL = 4;

    private final IngestOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Map<String, Integer> rejections = new TreeMap<>();

    IngestCommand(IngestOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() {
        List<Path> files = ArticleFiles.find(options.paths());
        if (files.isEmpty()) {
            err.println("factline ingest: no .txt article files under " + options.paths());
            return 2;
        }
        Progress progress = new Progress(err, files.size());
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<?>> futures = files.stream().<Future<?>>map(f -> pool.submit(() -> {
                record(ingest(f));
                progress.update(done.incrementAndGet());
            })).toList();
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println();
            err.println("factline ingest: stopped: " + cause.getMessage());
            return 3;
        } finally {
            pool.shutdownNow();
        }
        out.println("ingested " + files.size() + " files: " + outcomes);
        rejections.forEach((reason, n) -> out.println("  rejected " + n + "x: " + reason));
        return outcomes.getOrDefault("rejected", 0) > 0 ? 1 : 0;
    }

    private synchronized void record(String outcome) {
        int colon = outcome.indexOf(':');
        String kind = colon < 0 ? outcome : outcome.substring(0, colon);
        outcomes.merge(kind, 1, Integer::sum);
        if (colon >= 0) {
            rejections.merge(outcome.substring(colon + 1).strip(), 1, Integer::sum);
        }
    }

    /** @return "accepted", "duplicate" or "rejected: reason" */
    private String ingest(Path file) {
        ObjectNode body = json.createObjectNode();
        try {
            ArticleFiles.ArticleFile article = ArticleFiles.read(file);
            body.put("title", article.title());
            body.put("text", article.text());
        } catch (CharacterCodingException e) {
            return "rejected: " + file.getFileName() + " is not valid UTF-8";
        } catch (IOException e) {
            return "rejected: cannot read " + file + ": " + e.getMessage();
        }
        body.put("outlet", options.outlet() != null ? options.outlet() : ArticleFiles.stem(file));
        if (options.published() != null) {
            body.put("publishedAt", options.published());
        }
        if (options.language() != null) {
            body.put("language", options.language());
        }
        HttpRequest request = HttpRequest.newBuilder(options.api().resolve("/articles"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body().isEmpty() ? "{}" : response.body());
            if (response.statusCode() == 202) {
                return answer.path("status").asText("accepted");
            }
            return "rejected: " + answer.path("detail").asText("HTTP " + response.statusCode());
        } catch (ConnectException e) {
            throw new IllegalStateException("ingest-service is not reachable at " + options.api()
                    + " (is './factline up' running?)");
        } catch (IOException e) {
            throw new IllegalStateException("request for " + file + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
