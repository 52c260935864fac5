package org.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against a local stand-in of the batch endpoint that answers like ingest-service does. */
class FactlineCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startStandIn() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/articles/batch", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder results = new StringBuilder();
            int n = 0;
            for (String line : body.split("\n")) {
                lines.add(line);
                n++;
                String status = line.contains("dup-me") ? "duplicate" : line.contains("\"text\":\"\"") ? "rejected" : "accepted";
                results.append(n > 1 ? "," : "").append("{\"line\":").append(n).append(",\"status\":\"").append(status)
                        .append("\"").append(status.equals("rejected") ? ",\"reason\":\"text: is required\"" : ",\"id\":\"x\"")
                        .append("}");
            }
            byte[] answer = ("{\"results\":[" + results + "],\"totals\":{}}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopStandIn() {
        server.stop(0);
    }

    private int run(String... args) {
        return FactlineCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String api() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void usage_errors_name_the_problem_and_exit_2() throws Exception {
        assertThat(run("ingest", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or folder");
        assertThat(run("ingest", "--outlet")).isEqualTo(2);
        assertThat(err.toString()).contains("--outlet needs a value");
        Files.writeString(dir.resolve("notes.md"), "x");
        assertThat(run("ingest", dir.resolve("notes.md").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unsupported file type");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command 'frobnicate'");
    }

    @Test
    void reads_every_format_maps_aliases_and_summarises() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Harbour news\nTwelve ships came in.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/page.html"), "<html><body><p>At least 83 dead.</p></body></html>");
        Files.writeString(dir.resolve("sub/one.json"), "{\"title\":\"J\",\"body\":\"From json\",\"date_iso\":\"1987-02-26T15:01:01\"}");
        Files.writeString(dir.resolve("sub/many.json"), "[{\"text\":\"dup-me\"},{\"text\":\"\"}]");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("feed.jsonl.gz")))) {
            gz.write("{\"text\":\"L1\",\"newid\":7,\"outlet\":\"wire\"}\n\n{\"text\":\"L2\"}\nnot json\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("bad.txt"), new byte[] {'T', '\n', (byte) 0xC3, (byte) 0x28});
        Files.writeString(dir.resolve("ignored.md"), "not an article");

        int code = run("ingest", "--api", api(), "--published", "2025-11-16", dir.toString());

        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(lines).hasSize(7)
                .anySatisfy(l -> assertThat(l).contains("\"title\":\"Harbour news\"", "\"text\":\"Twelve ships came in.\"",
                        "\"outlet\":\"a\"", "\"publishedAt\":\"2025-11-16\""))
                .anySatisfy(l -> assertThat(l).contains("\"html\":\"<html>", "\"outlet\":\"page\""))
                .anySatisfy(l -> assertThat(l).contains("\"text\":\"From json\"", "\"publishedAt\":\"1987-02-26T15:01:01Z\""))
                .anySatisfy(l -> assertThat(l).contains("\"text\":\"L1\"", "\"outlet\":\"wire\"").doesNotContain("newid"))
                .anySatisfy(l -> assertThat(l).contains("\"text\":\"L2\"", "\"outlet\":\"feed\""));
        assertThat(out.toString()).contains("ingested 9 articles", "accepted=5", "duplicate=1", "rejected=3")
                .contains("rejected 1x: not valid UTF-8", "bad.txt")
                .contains("rejected 1x: not valid JSON", "feed.jsonl.gz:4")
                .contains("rejected 1x: text: is required");
        assertThat(err.toString()).contains("9/9 articles");
    }

    @Test
    void an_unreachable_service_stops_with_a_clear_message() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "T\nbody");
        assertThat(run("ingest", "--api", "http://127.0.0.1:9", dir.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("not reachable");
    }
}
