package org.factline.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for ingest-service's REST API on 127.0.0.1, answering as README describes it:
 * <ul>
 *   <li>{@code POST /articles}: 202 {@code {"id","status":"accepted"}} for a body with a {@code "text"}; 400
 *       problem+json naming the field otherwise; 500 when the text is {@code "fail"};</li>
 *   <li>{@code POST /articles/batch}: reads line by line as the body arrives (counting lines), then 200 with one
 *       result per line ({@code rejected} when the line has no {@code "text"}) and totals;</li>
 *   <li>{@code GET /articles/{id}}: {@link ClaimsStandIn#ARTICLE_WITH_CLAIMS} and {@link #PLAIN_ARTICLE} exist,
 *       {@link #BROKEN_ARTICLE} gets a 500, any other id a 404 problem.</li>
 * </ul>
 * {@code GET /__ingest/lines} tells how many batch lines have been read so far (test control).
 */
public class IngestStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String PLAIN_ARTICLE = "0f0e0d0c0b0a0908";
    public static final String BROKEN_ARTICLE = "b0b0b0b0b0b0b0b0";

    private LoopbackServer server;
    private final AtomicInteger linesRead = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        server = new LoopbackServer(4, this::handle);
        return Map.of("factline.gateway.ingest.url", server.url(), "%test.factline.gateway.ingest.url", server.url());
    }

    @Override
    public void stop() {
        server.stop();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getRawPath();
            String method = x.getRequestMethod();
            if (path.equals("/__ingest/lines")) {
                send(x, 200, "application/json", Integer.toString(linesRead.get()));
            } else if (path.equals("/articles") && method.equals("POST")) {
                post(x);
            } else if (path.equals("/articles/batch") && method.equals("POST")) {
                batch(x);
            } else if (path.startsWith("/articles/") && method.equals("GET")) {
                article(x, path.substring("/articles/".length()));
            } else {
                problem(x, 404, "no such path " + path, null);
            }
        }
    }

    private static void post(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (body.contains("\"text\":\"fail\"")) {
            problem(x, 500, "stand-in failure", null);
        } else if (!body.contains("\"text\"")) {
            problem(x, 400, "1 field is invalid", "[{\"field\":\"text\",\"reason\":\"give text or html\"}]");
        } else {
            send(x, 202, "application/json", "{\"id\":\"" + PLAIN_ARTICLE + "\",\"status\":\"accepted\"}");
        }
    }

    private void batch(HttpExchange x) throws IOException {
        StringBuilder results = new StringBuilder("[");
        int accepted = 0;
        int rejected = 0;
        BufferedReader in = new BufferedReader(new InputStreamReader(x.getRequestBody(), StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            linesRead.incrementAndGet();
            n++;
            boolean ok = line.contains("\"text\"");
            if (ok) {
                accepted++;
            } else {
                rejected++;
            }
            results.append(n > 1 ? "," : "").append("{\"line\":").append(n).append(",\"status\":\"")
                    .append(ok ? "accepted" : "rejected").append("\"}");
        }
        send(x, 200, "application/json", "{\"results\":" + results.append(']') + ",\"accepted\":" + accepted
                + ",\"rejected\":" + rejected + "}");
    }

    private static void article(HttpExchange x, String id) throws IOException {
        if (id.equals(BROKEN_ARTICLE)) {
            problem(x, 500, "stand-in failure", null);
        } else if (id.equals(PLAIN_ARTICLE) || id.equals(ClaimsStandIn.ARTICLE_WITH_CLAIMS)) {
            send(x, 200, "application/json", "{\"id\":\"" + id + "\",\"outlet\":\"example.com\",\"title\":\"Flood\","
                    + "\"text\":\"At least 83 people died.\",\"status\":\"published\",\"nearDuplicate\":null}");
        } else {
            problem(x, 404, "no article with id " + id, null);
        }
    }

    private static void problem(HttpExchange x, int status, String detail, String errors) throws IOException {
        send(x, status, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"" + (errors == null ? "" : ",\"errors\":" + errors) + "}");
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }
}
