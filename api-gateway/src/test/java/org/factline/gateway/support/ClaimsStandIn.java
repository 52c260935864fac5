package org.factline.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for claims-service's internal API on 127.0.0.1, answering as docs/architecture.md
 * describes it, with fixed data:
 * <ul>
 *   <li>fact {@code deaths:person} (also with its versions and claims at {@code /detail}); {@code asOf}/{@code at} must be instants or dates (else 400); its claims
 *       {@code e1} (83, article {@code a-old}), {@code w1} (120, {@code a-new}) and {@code w2} (120, {@code a/third});
 *       the fact search echoes its parameters as its one item (cursor {@code bad}: 400 naming it);</li>
 *   <li>contradictions {@code c-open} (OPEN) and {@code c-done} (RESOLVED: a verdict gets 409), both of
 *       {@code deaths:person}: listed for no other fact key;</li>
 *   <li>sources {@code example.com} (reliability 0.9) and {@code example.org} (0.4); one claim for article
 *       {@link #ARTICLE_WITH_CLAIMS}, none for any other;</li>
 *   <li>an event history of {@link #HISTORY} commits, position p recorded at {@link #T0} + p seconds, one
 *       {@code fact.FactVersioned.v1} each, plus a {@code fact.ContradictionDetected.v1} when p % 10 == 0.</li>
 * </ul>
 * Test-only controls (the test and the app may see different copies of static state, so they go over
 * HTTP): {@code GET /__standin/last-verdict}, {@code /__standin/event-pages}, {@code POST /__standin/hold}
 * (event pages after the first wait) and {@code /__standin/release}.
 */
public class ClaimsStandIn implements QuarkusTestResourceLifecycleManager {

    public static final int HISTORY = 100_000;
    /** The one article id with claims ({@code GET /internal/v1/articles/{id}/claims}); every other id has none. */
    public static final String ARTICLE_WITH_CLAIMS = "a1b2c3d4e5f60718";
    public static final Instant T0 = Instant.parse("2025-11-01T00:00:00Z");

    private LoopbackServer server;
    private final AtomicReference<String> lastVerdict = new AtomicReference<>("");
    private final AtomicInteger eventPages = new AtomicInteger();
    private volatile java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(0);

    @Override
    public Map<String, String> start() {
        server = new LoopbackServer(8, this::handle);
        return Map.of("quarkus.rest-client.claims-service.url", server.url(), "%test.quarkus.rest-client.claims-service.url", server.url());
    }

    @Override
    public void stop() {
        hold.countDown();
        server.stop();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            URI uri = x.getRequestURI();
            String path = uri.getRawPath();
            Map<String, String> q = query(uri.getRawQuery());
            String method = x.getRequestMethod();
            if (path.startsWith("/__standin/")) {
                control(x, path.substring("/__standin/".length()));
            } else if (path.equals("/internal/v1/events") && method.equals("GET")) {
                events(x, q);
            } else if (path.equals("/internal/v1/facts") && method.equals("GET")) {
                factSearch(x, q);
            } else if (path.startsWith("/internal/v1/facts/")) {
                facts(x, decode(path.substring("/internal/v1/facts/".length())), q);
            } else if (path.equals("/internal/v1/contradictions") && method.equals("GET")) {
                String status = q.get("status");
                if (status != null && !status.equals("open") && !status.equals("resolved")) {
                    problem(x, 400, "status must be one of open, resolved", null);
                } else if (q.get("factKey") != null && !q.get("factKey").equals("deaths:person")) {
                    json(x, 200, "[]");
                } else {
                    json(x, 200, "[" + (status == null || status.equals("open") ? contradiction("c-open", "OPEN") : "")
                            + (status == null ? "," : "") + (status == null || status.equals("resolved")
                            ? contradiction("c-done", "RESOLVED") : "") + "]");
                }
            } else if (path.equals("/internal/v1/sources") && method.equals("GET")) {
                json(x, 200, "[" + source("example.com", 0.9) + "," + source("example.org", 0.4) + "]");
            } else if (path.startsWith("/internal/v1/sources/") && method.equals("GET")) {
                String outlet = decode(path.substring("/internal/v1/sources/".length()));
                if (outlet.equals("example.com") || outlet.equals("example.org")) {
                    json(x, 200, source(outlet, outlet.equals("example.com") ? 0.9 : 0.4));
                } else {
                    problem(x, 404, "no source named " + outlet, null);
                }
            } else if (path.startsWith("/internal/v1/articles/") && path.endsWith("/claims") && method.equals("GET")) {
                String articleId = decode(path.substring("/internal/v1/articles/".length(), path.length() - "/claims".length()));
                json(x, 200, articleId.equals(ARTICLE_WITH_CLAIMS) ? "[" + articleClaim(articleId) + "]" : "[]");
            } else if (path.startsWith("/internal/v1/contradictions/")) {
                contradictions(x, decode(path.substring("/internal/v1/contradictions/".length())), method);
            } else {
                problem(x, 404, "no such path " + path, null);
            }
        }
    }

    private void control(HttpExchange x, String what) throws IOException {
        switch (what) {
            case "last-verdict" -> json(x, 200, lastVerdict.get().isEmpty() ? "{}" : lastVerdict.get());
            case "event-pages" -> json(x, 200, Integer.toString(eventPages.get()));
            case "hold" -> {
                hold = new java.util.concurrent.CountDownLatch(1);
                json(x, 200, "{}");
            }
            case "release" -> {
                hold.countDown();
                json(x, 200, "{}");
            }
            default -> problem(x, 404, "no control " + what, null);
        }
    }

    private void facts(HttpExchange x, String rest, Map<String, String> q) throws IOException {
        boolean versions = rest.endsWith("/versions");
        boolean claims = rest.endsWith("/claims");
        boolean detail = rest.endsWith("/detail");
        String key = versions || claims || detail ? rest.substring(0, rest.lastIndexOf('/')) : rest;
        if (!key.matches("[a-z][a-z0-9_]*:[a-z0-9][a-z0-9-]*")) {
            problem(x, 400, "factKey must look like predicate:subject-slug, e.g. deaths:person", null);
            return;
        }
        if (!key.equals("deaths:person")) {
            problem(x, 404, "no fact with key " + key, null);
            return;
        }
        if (claims) {
            json(x, 200, FACT_CLAIMS);
            return;
        }
        if (versions) {
            json(x, 200, FACT_VERSIONS);
            return;
        }
        if (detail) {
            json(x, 200, "{\"factKey\":\"deaths:person\",\"status\":\"corroborated\",\"version\":2,\"versions\":"
                    + FACT_VERSIONS + ",\"claims\":" + FACT_CLAIMS + "}");
            return;
        }
        String asOf = q.get("asOf");
        String at = q.get("at");
        if (asOf != null && !asOf.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            problem(x, 400, "asOf must be an ISO-8601 instant such as 2025-11-17T10:00:00Z", null);
            return;
        }
        if (asOf != null && asOf.compareTo("2025-01-01") < 0) {
            problem(x, 404, "fact deaths:person had no version recorded by " + asOf, null);
            return;
        }
        json(x, 200, "{\"factKey\":\"deaths:person\",\"status\":\"corroborated\",\"version\":" + (asOf != null ? 1 : 2)
                + ",\"asOf\":" + quote(asOf) + ",\"at\":" + quote(at) + "}");
    }

    /**
     * The fact search echoes the parameters it received as its one item, so a test sees what the
     * gateway passed on; cursor {@code bad} is refused as claims-service would, naming the parameter.
     */
    private void factSearch(HttpExchange x, Map<String, String> q) throws IOException {
        if ("bad".equals(q.get("cursor"))) {
            problem(x, 400, "1 field is invalid", "[{\"field\":\"cursor\",\"reason\":\"is not a cursor this service issued\"}]");
            return;
        }
        StringBuilder received = new StringBuilder("{\"factKey\":\"deaths:person\"");
        for (String name : new String[] {"predicate", "subject", "status", "outlet", "from", "to", "cursor", "limit"}) {
            received.append(",\"").append(name).append("\":").append(quote(q.get(name)));
        }
        json(x, 200, "{\"items\":[" + received + "}],\"next\":\"bmV4dA\"}");
    }

    private static final String FACT_CLAIMS = "[" + factClaim("e1", "a-old", "example.org", 83) + ","
            + factClaim("w1", "a-new", "example.com", 120) + "," + factClaim("w2", "a/third", "example.net", 120) + "]";
    private static final String FACT_VERSIONS =
            "[{\"version\":1,\"change\":\"CREATED\",\"position\":7},{\"version\":2,\"change\":\"CORROBORATED\",\"position\":9}]";

    private static String factClaim(String claimId, String articleId, String outlet, int n) {
        return "{\"claimId\":\"" + claimId + "\",\"outlet\":\"" + outlet + "\",\"articleId\":\"" + articleId
                + "\",\"url\":\"https://" + outlet + "/" + claimId + "\",\"quote\":\"" + n + " dead\",\"value\":{\"n\":" + n
                + "},\"referenceTime\":null,\"attribution\":null,\"status\":\"active\"}";
    }

    private void contradictions(HttpExchange x, String rest, String method) throws IOException {
        if (method.equals("GET")) {
            if (rest.equals("c-open") || rest.equals("c-done") || rest.equals("c-nac")) {
                json(x, 200, contradiction(rest, rest.equals("c-open") ? "OPEN" : "RESOLVED"));
            } else {
                problem(x, 404, "no contradiction with id " + rest, null);
            }
            return;
        }
        if (!method.equals("POST") || !rest.endsWith("/verdict")) {
            problem(x, 405, "method not allowed", null);
            return;
        }
        String id = rest.substring(0, rest.length() - "/verdict".length());
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        lastVerdict.set(body);
        boolean winner = body.contains("\"winningClaimId\"");
        boolean notOne = body.contains("\"notAContradiction\":true");
        if (winner == notOne) {
            problem(x, 400, "1 field is invalid", "[{\"field\":\"winningClaimId\",\"reason\":"
                    + "\"give either winningClaimId or notAContradiction=true, not both and not neither\"}]");
        } else if (id.equals("c-done")) {
            problem(x, 409, "contradiction c-done is already resolved", null);
        } else if (!id.equals("c-open")) {
            problem(x, 404, "no contradiction with id " + id, null);
        } else {
            json(x, 200, "{\"contradictionId\":\"c-open\",\"factKey\":\"deaths:person\",\"resolution\":\"CLAIM_UPHELD\","
                    + "\"winningClaimId\":\"w1\",\"factVersion\":3,\"position\":12}");
        }
    }

    private void events(HttpExchange x, Map<String, String> q) throws IOException {
        long from = Long.parseLong(q.getOrDefault("from", "0"));
        int limit = Integer.parseInt(q.getOrDefault("limit", "100"));
        if (limit < 1 || limit > 1000) {
            problem(x, 400, "limit must be between 1 and 1000", null);
            return;
        }
        eventPages.incrementAndGet();
        if (from > 0) {
            try {
                if (!hold.await(60, TimeUnit.SECONDS)) {
                    problem(x, 500, "held too long", null);
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(200, 0);
        try (OutputStream out = x.getResponseBody()) {
            StringBuilder page = new StringBuilder("[");
            for (long p = from + 1; p <= Math.min(HISTORY, from + limit); p++) {
                if (p > from + 1) {
                    page.append(',');
                }
                String time = T0.plusSeconds(p).toString();
                page.append("{\"position\":").append(p).append(",\"factKey\":\"count:ship\",\"streamVersion\":").append(p)
                        .append(",\"recordedAt\":\"").append(time).append("\",\"events\":[")
                        .append(envelope(p, 0, "fact.FactVersioned.v1", time));
                if (p % 10 == 0) {
                    page.append(',').append(envelope(p, 1, "fact.ContradictionDetected.v1", time));
                }
                page.append("]}");
            }
            out.write(page.append(']').toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String envelope(long p, int i, String type, String time) {
        return "{\"specversion\":\"1.0\",\"id\":\"fact-count:ship-s" + p + "-" + i + "\",\"type\":\"" + type
                + "\",\"source\":\"factline/claims-service\",\"time\":\"" + time
                + "\",\"subject\":\"count:ship\",\"datacontenttype\":\"application/json\",\"data\":{\"n\":" + p + "}}";
    }

    private static String source(String outlet, double reliability) {
        return "{\"outlet\":\"" + outlet + "\",\"claims\":10,\"corroborated\":6,\"contradicted\":2,\"verdictsWon\":1,"
                + "\"verdictsLost\":0,\"reliability\":" + reliability + "}";
    }

    private static String articleClaim(String articleId) {
        return "{\"claimId\":\"cl-1\",\"factKey\":\"deaths:person\",\"subject\":\"person\",\"predicate\":\"deaths\","
                + "\"value\":{\"kind\":\"QUANTITY\",\"quantity\":{\"value\":83,\"unit\":\"person\",\"qualifier\":\"AT_LEAST\"}},"
                + "\"referenceTime\":null,\"attribution\":null,\"provenance\":{\"articleId\":\"" + articleId
                + "\",\"outlet\":\"example.com\"},\"status\":\"corroborated\"}";
    }

    private static String contradiction(String id, String status) {
        boolean resolved = status.equals("RESOLVED");
        String resolution = id.equals("c-nac") ? "NOT_A_CONTRADICTION" : "CLAIM_UPHELD";
        return "{\"contradictionId\":\"" + id + "\",\"id\":\"" + id + "\",\"factKey\":\"deaths:person\","
                + "\"subject\":\"person\",\"predicate\":\"deaths\",\"status\":\"" + status + "\","
                + "\"existing\":{\"claimId\":\"e1\",\"articleId\":\"a-old\",\"outlet\":\"example.org\","
                + "\"quote\":\"at least 83 dead\",\"value\":{\"n\":83}},"
                + "\"incoming\":{\"claimId\":\"w1\",\"articleId\":\"a-new\",\"outlet\":\"example.com\","
                + "\"quote\":\"120 people died\",\"value\":{\"n\":120}},\"severity\":0.6,\"detectedAt\":\"2025-11-18T10:00:00Z\","
                + (resolved ? "\"resolution\":\"" + resolution + "\",\"winningClaimId\":"
                        + (resolution.equals("CLAIM_UPHELD") ? "\"w1\"" : "null")
                        + ",\"reviewer\":\"desk\",\"note\":\"hospital figures\",\"resolvedAt\":\"2025-11-19T14:00:00Z\","
                        : "\"resolution\":null,\"winningClaimId\":null,\"reviewer\":null,\"note\":null,\"resolvedAt\":null,")
                + "\"position\":12}";
    }

    private static void json(HttpExchange x, int status, String body) throws IOException {
        send(x, status, "application/json", body);
    }

    private static void problem(HttpExchange x, int status, String detail, String errors) throws IOException {
        send(x, status, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":" + status
                + ",\"detail\":" + quote(detail) + (errors == null ? "" : ",\"errors\":" + errors) + "}");
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return q;
    }
}
