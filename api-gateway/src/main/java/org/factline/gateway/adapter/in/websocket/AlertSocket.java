package org.factline.gateway.adapter.in.websocket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Vertx;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factline.contracts.envelope.EventCodec;
import org.factline.gateway.adapter.in.rest.AlertParameters;
import org.factline.gateway.adapter.in.rest.auth.ApiKeyFilter;
import org.factline.gateway.application.Admission;
import org.factline.gateway.application.AlertFeed;
import org.factline.gateway.config.GatewayConfig;
import org.factline.gateway.domain.Alert;
import org.factline.gateway.domain.AlertFilter;
import org.factline.gateway.domain.AlertLog;
import org.factline.gateway.domain.Role;
import org.jboss.logging.Logger;

/**
 * Live contradiction alerts over a WebSocket, for browsers, which cannot set headers on one. The
 * URL carries the filters and resume point as query parameters ({@code factKey}, {@code predicate},
 * {@code subject}, {@code outlet}, {@code minSeverity}, {@code after}); the API key (role: reader)
 * comes in the first message, {@code {"type":"auth","key":"..."}}, within the configured time
 * (or, for other clients, as {@code Authorization: Bearer} on the upgrade request), never in the
 * URL, where it would end up in logs. Then the server sends {@code {"type":"ready","after":N}} and
 * {@code {"type":"alert","id":"<sequence>","event":"<type>","data":<envelope>}} per alert;
 * reconnecting with {@code after=<last id seen>} first sends what was missed. Refusals close the
 * socket with a code in the 4000 range that mirrors the HTTP status (see {@link Refusal}).
 */
@WebSocket(path = "/api/v1/alerts/ws")
public class AlertSocket {

    private static final Logger LOG = Logger.getLogger(AlertSocket.class);

    private final Admission admission;
    private final AlertFeed feed;
    private final AlertLog log;
    private final Vertx vertx;
    private final long authTimeoutMillis;
    private final ObjectMapper json = EventCodec.mapper();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    AlertSocket(Admission admission, AlertFeed feed, AlertLog log, Vertx vertx, GatewayConfig config) {
        this.admission = admission;
        this.feed = feed;
        this.log = log;
        this.vertx = vertx;
        this.authTimeoutMillis = config.websocket().authTimeout().toMillis();
    }

    /** One connection's state: what it asked for, and its feed once the key is accepted. */
    private static final class Session {
        final AlertFilter filter;
        final Long after;
        volatile Cancellable following;
        volatile boolean admitted;

        Session(AlertFilter filter, Long after) {
            this.filter = filter;
            this.after = after;
        }
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        Session session;
        try {
            Map<String, List<String>> q = new QueryStringDecoder(connection.handshakeRequest().query() == null ? ""
                    : connection.handshakeRequest().query(), false).parameters();
            session = new Session(AlertParameters.filter(first(q, "factKey"), first(q, "predicate"), first(q, "subject"),
                    first(q, "outlet"), first(q, "minSeverity")), AlertParameters.sequence("after", first(q, "after")));
        } catch (WebApplicationException e) {
            close(connection, Refusal.BAD_REQUEST, e.getMessage());
            return;
        }
        sessions.put(connection.id(), session);
        String header = ApiKeyFilter.bearer(connection.handshakeRequest().header("Authorization"));
        if (header != null) {
            admit(connection, session, header);
            return;
        }
        vertx.setTimer(authTimeoutMillis, t -> {
            if (!session.admitted && connection.isOpen()) {
                close(connection, Refusal.UNAUTHORIZED, "no {\"type\":\"auth\",\"key\":...} message within "
                        + authTimeoutMillis / 1000 + " s");
            }
        });
    }

    @OnTextMessage
    void message(WebSocketConnection connection, String text) {
        Session session = sessions.get(connection.id());
        if (session == null || session.admitted) {
            return; // nothing else is expected from the client
        }
        JsonNode message = parse(text);
        JsonNode key = message.path("key");
        if (!"auth".equals(message.path("type").asText()) || !key.isTextual()) {
            close(connection, Refusal.BAD_REQUEST, "the first message must be {\"type\":\"auth\",\"key\":\"<API key>\"}");
            return;
        }
        admit(connection, session, key.asText());
    }

    @OnClose
    void closed(WebSocketConnection connection) {
        Session session = sessions.remove(connection.id());
        if (session != null && session.following != null) {
            session.following.cancel();
        }
    }

    public int sessions() {
        return sessions.size();
    }

    private void admit(WebSocketConnection connection, Session session, String key) {
        Admission.Decision d = admission.admit(key, Role.READER);
        if (!d.admitted()) {
            close(connection, Refusal.of(d.status()), d.detail());
            return;
        }
        session.admitted = true;
        long start = session.after != null ? session.after : log.lastSequence();
        connection.sendTextAndAwait(json.createObjectNode().put("type", "ready").put("after", start).toString());
        session.following = feed.follow(start, session.filter).subscribe().with(
                alert -> connection.sendText(frame(alert)).subscribe().with(ok -> { }, this::sendFailed),
                failure -> close(connection, Refusal.SERVER_ERROR, "the alert feed failed; reconnect with after=<last id>"));
        if (!connection.isOpen()) {
            session.following.cancel(); // closed while subscribing
        }
    }

    private String frame(Alert a) {
        ObjectNode out = json.createObjectNode().put("type", "alert").put("id", Long.toString(a.sequence()))
                .put("event", a.type());
        out.set("data", parse(a.event()));
        return out.toString();
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException | RuntimeException e) {
            return json.createObjectNode();
        }
    }

    private void sendFailed(Throwable t) {
        LOG.debugf("an alert could not be sent on a closing WebSocket: %s", t.toString());
    }

    private static void close(WebSocketConnection connection, Refusal refusal, String detail) {
        connection.close(new CloseReason(refusal.code, Refusal.reason(detail))).subscribe().with(ok -> { }, t -> { });
    }

    private static String first(Map<String, List<String>> q, String name) {
        List<String> values = q.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
