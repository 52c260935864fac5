package org.factline.claims.domain;

import java.time.Instant;
import java.util.List;
import org.factline.contracts.envelope.EventEnvelope;
import org.factline.contracts.event.FactlineEvent;

/**
 * One decision as stored: its events in order, its place in the fact's stream, and its global
 * position in the store (the order of the replay feed).
 */
public record StoredCommit(String factKey, long streamVersion, long position, Instant recordedAt,
                           List<EventEnvelope<FactlineEvent>> events) {

    public StoredCommit {
        events = List.copyOf(events);
    }

    public List<FactlineEvent> data() {
        return events.stream().map(EventEnvelope::data).toList();
    }
}
