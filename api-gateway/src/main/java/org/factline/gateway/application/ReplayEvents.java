package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Set;
import org.factline.contracts.envelope.EventCodec;
import org.factline.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * The ordered event history as NDJSON, one line per event: {@code {"position", "recordedAt",
 * "event": <envelope>}}. It is read from claims-service a page at a time and written as it comes,
 * so memory holds one page, whatever the size of the history. A caller resumes with
 * {@code from=<last position seen>}.
 */
@ApplicationScoped
public class ReplayEvents {

    private static final Logger LOG = Logger.getLogger(ReplayEvents.class);
    private static final byte[] NEWLINE = {'\n'};

    private final EventHistory history;
    private final int pageSize;

    ReplayEvents(EventHistory history, GatewayConfig config) {
        this.history = history;
        this.pageSize = config.eventsPageSize();
    }

    /** Where to start: after a position, or at the first commit recorded at or after a time. */
    public record From(long position, Instant time) {
    }

    /** A replay whose first page is already read, so an unreachable claims-service fails before any byte is sent. */
    public final class Replay {
        private final Set<String> types;
        private final Instant since;
        private JsonNode page;
        private long position;

        Replay(From from, Set<String> types) {
            this.types = types;
            this.since = from.time();
            this.position = from.position();
            this.page = history.page(position, pageSize);
        }

        public void writeTo(OutputStream out) throws IOException {
            ObjectMapper mapper = EventCodec.mapper();
            while (true) {
                for (JsonNode commit : page) {
                    position = commit.path("position").asLong();
                    String recordedAt = commit.path("recordedAt").asText(null);
                    if (since != null && recordedAt != null && Instant.parse(recordedAt).isBefore(since)) {
                        continue;
                    }
                    for (JsonNode event : commit.path("events")) {
                        if (types.isEmpty() || types.contains(event.path("type").asText())) {
                            ObjectNode line = mapper.createObjectNode();
                            line.put("position", position);
                            line.put("recordedAt", recordedAt);
                            line.set("event", event);
                            out.write(mapper.writeValueAsBytes(line));
                            out.write(NEWLINE);
                        }
                    }
                }
                out.flush();
                if (page.size() < pageSize) {
                    return;
                }
                try {
                    page = history.page(position, pageSize);
                } catch (RuntimeException e) {
                    // The 200 is already on its way: say so in the stream, with where to resume.
                    LOG.warnf("event replay stopped after position %d: %s", position, e.toString());
                    ObjectNode error = mapper.createObjectNode();
                    error.put("error", "claims-service stopped answering; resume with from=" + position);
                    error.put("resumeFrom", position);
                    out.write(mapper.writeValueAsBytes(error));
                    out.write(NEWLINE);
                    out.flush();
                    return;
                }
            }
        }
    }

    public Replay start(From from, Set<String> types) {
        return new Replay(from, types);
    }
}
