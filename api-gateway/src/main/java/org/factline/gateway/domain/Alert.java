package org.factline.gateway.domain;

import java.time.Instant;
import java.util.List;

/**
 * A contradiction event as dashboards see it. {@code eventId} is the envelope id, so recording
 * the same event twice keeps one alert. {@code sequence} is given when the alert is first
 * recorded and only grows: it is the SSE event id a client resumes from. {@code subject} and
 * {@code outlets} (the outlets of both claims) are what the subject and outlet filters match; a
 * resolution carries the severity, subject and outlets of the contradiction it closes, when that
 * is known.
 */
public record Alert(long sequence, String eventId, String type, String factKey, String predicate, String subject,
                    List<String> outlets, String contradictionId, Double severity, Instant occurredAt, String event) {

    public Alert {
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
    }

    public Alert withSequence(long seq) {
        return new Alert(seq, eventId, type, factKey, predicate, subject, outlets, contradictionId, severity, occurredAt,
                event);
    }

    /** This alert (a resolution) with what its contradiction's detection said about severity, subject and outlets. */
    public Alert describedBy(Alert detection) {
        return new Alert(sequence, eventId, type, factKey, predicate, detection.subject(), detection.outlets(),
                contradictionId, detection.severity(), occurredAt, event);
    }
}
