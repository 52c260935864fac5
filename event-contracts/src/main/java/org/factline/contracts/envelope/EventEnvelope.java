package org.factline.contracts.envelope;

import java.time.Instant;
import java.util.Objects;
import org.factline.contracts.event.FactlineEvent;

/**
 * CloudEvents-style envelope (structured mode, spec version 1.0) around every event on Kafka and
 * in the event stores. {@code id} is stable for the same logical event so consumers can
 * de-duplicate redeliveries; {@code subject} is the aggregate the event is about.
 */
public record EventEnvelope<E extends FactlineEvent>(
        String specversion,
        String id,
        String type,
        String source,
        Instant time,
        String subject,
        String datacontenttype,
        E data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (!type.equals(data.eventType())) {
            throw new IllegalArgumentException("envelope type " + type + " does not match data " + data.eventType());
        }
    }

    public static <E extends FactlineEvent> EventEnvelope<E> wrap(String id, String source, String subject,
                                                                 Instant time, E data) {
        return new EventEnvelope<>(SPEC_VERSION, id, data.eventType(), source, time, subject, CONTENT_TYPE, data);
    }
}
