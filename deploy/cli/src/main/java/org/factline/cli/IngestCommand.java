package org.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code factline ingest}: streams article files to {@code POST /articles/batch} in NDJSON batches,
 * two in flight, with a progress bar and a summary. Memory stays bounded by the batches in flight.
 */
final class IngestCommand {

    private static final int BATCH_ARTICLES = 250;
    private static final int BATCH_BYTES = 8 << 20;
    private static final int IN_FLIGHT = 2;

    private final IngestOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final IngestSummary summary = new IngestSummary();
    private final AtomicLong done = new AtomicLong();
    private final Semaphore slots = new Semaphore(IN_FLIGHT + 1);
    private final List<Future<?>> sent = new ArrayList<>();
    private Progress progress;
    private List<String[]> batch = new ArrayList<>();
    private int batchBytes;

    IngestCommand(IngestOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() {
        long started = System.nanoTime();
        List<Path> files = files();
        if (files.isEmpty()) {
            err.println("factline ingest: no article files (.txt .html .json .ndjson .jsonl, optionally .gz) under "
                    + options.paths());
            return 2;
        }
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            long total = 0;
            for (Path f : files) {
                total += ArticleSource.count(f);
            }
            progress = new Progress(err, total);
            for (Path f : files) {
                ArticleSource.read(f, item -> add(f, item, pool));
            }
            flush(pool);
            for (Future<?> f : sent) {
                f.get();
            }
        } catch (Exception e) {
            Throwable cause = e.getCause() != null && !(e instanceof IOException) ? e.getCause() : e;
            err.println();
            err.println("factline ingest: stopped: " + cause.getMessage());
            return 3;
        } finally {
            pool.shutdownNow();
        }
        summary.print(out, (System.nanoTime() - started) / 1_000_000_000L);
        return summary.rejectedCount() > 0 ? 1 : 0;
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path root : options.paths()) {
            if (Files.isRegularFile(root)) {
                if (!ArticleSource.isArticleFile(root)) {
                    throw new UsageException("unsupported file type: " + root + " (use .txt .html .json .ndjson .jsonl, optionally .gz)");
                }
                files.add(root);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(ArticleSource::isArticleFile).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private void add(Path file, ArticleSource.Item item, ExecutorService pool) {
        if (item.unreadable() != null) {
            summary.rejected(item.where(), item.unreadable());
            progress.update(done.incrementAndGet());
            return;
        }
        String line = ArticleRecords.shape(item.article(), file, options).toString();
        batch.add(new String[] {item.where(), line});
        batchBytes += line.length() + 1;
        if (batch.size() >= BATCH_ARTICLES || batchBytes >= BATCH_BYTES) {
            flush(pool);
        }
    }

    private void flush(ExecutorService pool) {
        if (batch.isEmpty()) {
            return;
        }
        List<String[]> toSend = batch;
        batch = new ArrayList<>();
        batchBytes = 0;
        slots.acquireUninterruptibly(); // bounds memory: at most IN_FLIGHT + 1 batches exist at once
        sent.add(pool.submit(() -> {
            try {
                send(toSend);
            } finally {
                slots.release();
            }
        }));
    }

    private void send(List<String[]> lines) {
        StringBuilder body = new StringBuilder();
        lines.forEach(l -> body.append(l[1]).append('\n'));
        HttpRequest request = HttpRequest.newBuilder(options.api().resolve("/articles/batch"))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        JsonNode answer;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            answer = ArticleSource.JSON.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("ingest-service answered " + response.statusCode() + ": "
                        + answer.path("detail").asText(response.body()));
            }
        } catch (ConnectException e) {
            throw new IllegalStateException("ingest-service is not reachable at " + options.api()
                    + " (is './factline up' running?)");
        } catch (IOException e) {
            throw new UncheckedIOException("sending a batch failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        for (JsonNode r : answer.path("results")) {
            String where = lines.get(r.path("line").asInt() - 1)[0];
            if (r.path("status").asText().equals("rejected")) {
                summary.rejected(where, r.path("reason").asText());
            } else {
                summary.record(r.path("status").asText(), r.hasNonNull("nearDuplicateOf"));
            }
        }
        progress.update(done.addAndGet(lines.size()));
    }
}
