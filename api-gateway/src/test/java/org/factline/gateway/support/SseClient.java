package org.factline.gateway.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal Server-Sent Events client on a plain loopback socket (HTTP/1.1, chunked or not):
 * reads events on its own thread into a queue; {@link #close()} drops the connection at once.
 */
public final class SseClient implements AutoCloseable {

    /** One received event. */
    public record Event(String id, String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Socket socket;
    private final Thread reader;
    private volatile String status = "";
    private volatile Exception failure;

    private SseClient(int port, String pathAndQuery, String key, String lastEventId) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        String request = "GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
                + "Authorization: Bearer " + key + "\r\n" + (lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n")
                + "\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    public static SseClient connect(int port, String pathAndQuery, String key, String lastEventId) throws IOException {
        return new SseClient(port, pathAndQuery, key, lastEventId);
    }

    /** The next event, waiting at most {@code timeout}; fails the test when none came. */
    public Event next(Duration timeout) throws InterruptedException {
        Event e = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (e == null) {
            throw new AssertionError("no SSE event within " + timeout + "; status line '" + status + "'"
                    + (failure == null ? "" : "; client failed: " + failure));
        }
        return e;
    }

    /** Events received and not yet taken. */
    public int pending() {
        return events.size();
    }

    private void read() {
        try (InputStream raw = new BufferedInputStream(socket.getInputStream())) {
            status = line(raw);
            boolean chunked = false;
            String header;
            while (!(header = line(raw)).isEmpty()) {
                String h = header.toLowerCase(Locale.ROOT);
                chunked |= h.startsWith("transfer-encoding:") && h.contains("chunked");
            }
            InputStream body = chunked ? new Dechunked(raw) : raw;
            String id = null;
            String name = null;
            StringBuilder data = null;
            String l;
            while ((l = lineOrNull(body)) != null) {
                if (l.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (l.startsWith("id:")) {
                    id = l.substring(3).strip();
                } else if (l.startsWith("event:")) {
                    name = l.substring(6).strip();
                } else if (l.startsWith("data:")) {
                    String part = l.substring(5).startsWith(" ") ? l.substring(6) : l.substring(5);
                    data = data == null ? new StringBuilder(part) : data.append('\n').append(part);
                }
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    private static String line(InputStream in) throws IOException {
        String l = lineOrNull(in);
        if (l == null) {
            throw new IOException("connection closed");
        }
        return l;
    }

    private static String lineOrNull(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String s = buf.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            buf.write(b);
        }
        return buf.size() == 0 ? null : buf.toString(StandardCharsets.UTF_8);
    }

    /** HTTP/1.1 chunked transfer decoding. */
    private static final class Dechunked extends InputStream {
        private final InputStream in;
        private long left;
        private boolean done;

        Dechunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String size = lineOrNull(in);
                if (size != null && size.isEmpty()) {
                    size = lineOrNull(in); // the CRLF after the previous chunk
                }
                if (size == null) {
                    done = true;
                    return -1;
                }
                int semi = size.indexOf(';');
                left = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).strip(), 16);
                if (left == 0) {
                    done = true;
                    return -1;
                }
            }
            int b = in.read();
            if (b == -1) {
                done = true;
                return -1;
            }
            left--;
            return b;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
