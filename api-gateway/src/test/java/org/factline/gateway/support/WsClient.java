package org.factline.gateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) that queues text messages as JSON and records how the server closed. */
public final class WsClient implements AutoCloseable {

    /** How the server closed the socket. */
    public record Closed(int code, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private WsClient(int port, String pathAndQuery, String bearer) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + pathAndQuery), new Listener()).join();
    }

    /** Connects without credentials: the first message has to carry the key. */
    public static WsClient connect(int port, String pathAndQuery) {
        return new WsClient(port, pathAndQuery, null);
    }

    /** Connects with {@code Authorization: Bearer} on the upgrade request, as a non-browser client can. */
    public static WsClient connectWithHeader(int port, String pathAndQuery, String key) {
        return new WsClient(port, pathAndQuery, key);
    }

    public WsClient send(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    public WsClient auth(String key) {
        return send("{\"type\":\"auth\",\"key\":\"" + key + "\"}");
    }

    /** The next message, failing when none arrives in time. */
    public JsonNode next(Duration wait) throws InterruptedException {
        JsonNode m = messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (m == null) {
            throw new AssertionError("no WebSocket message within " + wait + (closed.isDone() ? "; closed " + closed.join() : ""));
        }
        return m;
    }

    /** The next alert message, skipping the ready message. */
    public JsonNode nextAlert(Duration wait) throws InterruptedException {
        JsonNode m = next(wait);
        return "ready".equals(m.path("type").asText()) ? next(wait) : m;
    }

    public Closed closedBy(Duration wait) throws Exception {
        return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int pending() {
        return messages.size();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(partial.toString()));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("the server sent a message that is not JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete(new Closed(-1, String.valueOf(error)));
        }
    }
}
