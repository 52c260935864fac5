package org.factline.gateway.domain;

import java.time.Instant;

/**
 * A contradiction event as dashboards see it. {@code eventId} is the envelope id, so recording
 * the same event twice keeps one alert. {@code sequence} is given when the alert is first
 * recorded and only grows: it is the SSE event id a client resumes from. A resolution carries the
 * severity of the contradiction it closes, when that is known.
 */
public record Alert(long sequence, String eventId, String type, String factKey, String predicate, String contradictionId,
                    Double severity, Instant occurredAt, String event) {

    public Alert withSequence(long seq) {
        return new Alert(seq, eventId, type, factKey, predicate, contradictionId, severity, occurredAt, event);
    }

    public Alert withSeverity(Double s) {
        return new Alert(sequence, eventId, type, factKey, predicate, contradictionId, s, occurredAt, event);
    }
}
