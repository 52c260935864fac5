package org.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactlineCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return FactlineCli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void usage_errors_name_the_problem_and_exit_2() {
        assertThat(run("ingest", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or folder");
        assertThat(run("ingest", "--outlet")).isEqualTo(2);
        assertThat(err.toString()).contains("--outlet needs a value");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown command 'frobnicate'");
    }

    @Test
    void posts_each_txt_file_with_its_first_line_as_title_and_summarises() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Harbour news\nTwelve ships came in.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "Second\nAt least 83 people dead.");
        Files.writeString(dir.resolve("sub/ignored.md"), "not an article");
        Files.write(dir.resolve("bad.txt"), new byte[] {'T', '\n', (byte) 0xC3, (byte) 0x28});
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/articles", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            bodies.add(body);
            byte[] answer = (body.contains("Second") ? "{\"id\":\"x\",\"status\":\"duplicate\"}" : "{\"id\":\"y\",\"status\":\"accepted\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try {
            int code = run("ingest", "--api", "http://127.0.0.1:" + server.getAddress().getPort(), dir.toString());
            assertThat(code).as(err.toString()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
        assertThat(bodies).hasSize(2).anySatisfy(b -> assertThat(b).contains("\"title\":\"Harbour news\"")
                .contains("\"text\":\"Twelve ships came in.\"").contains("\"outlet\":\"a\""));
        assertThat(out.toString()).contains("accepted=1").contains("duplicate=1").contains("rejected=1")
                .contains("bad.txt is not valid UTF-8");
        assertThat(err.toString()).contains("3/3 articles");
    }

    @Test
    void an_unreachable_service_stops_with_a_clear_message() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "T\nbody");
        assertThat(run("ingest", "--api", "http://127.0.0.1:9", dir.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("not reachable");
    }
}
