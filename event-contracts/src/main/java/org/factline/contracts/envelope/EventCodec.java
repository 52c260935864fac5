package org.factline.contracts.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.Upcastable;

/**
 * Reads and writes envelopes as JSON. The mapper is configured here, not by each service, so the
 * bytes on the wire do not depend on which service wrote them. Unknown fields are tolerated on
 * read (a newer producer may add optional fields within the same version); unknown types are not.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // 50000000, not 5E+7: readers that parse numbers as doubles must still see an integer.
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private EventCodec() {
    }

    /** The shared mapper, for modules that need to read event JSON fragments the same way. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String encode(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event could not be written as JSON: " + envelope.type(), e);
        }
    }

    /**
     * The envelope with its data in the current version: an older version still read (an
     * {@link Upcastable}) is upcast, keeping the envelope's id, source, time and subject.
     */
    public static EventEnvelope<FactlineEvent> decode(String json) {
        return upcast(decodeAsWritten(json));
    }

    /** The envelope exactly as written, older versions included (golden files, diagnostics). */
    public static EventEnvelope<FactlineEvent> decodeAsWritten(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("not JSON: " + e.getOriginalMessage(), e);
        }
        return decodeAsWritten(tree);
    }

    /** As {@link #decode(String)}, from a parsed tree. */
    public static EventEnvelope<FactlineEvent> decode(JsonNode tree) {
        return upcast(decodeAsWritten(tree));
    }

    static EventEnvelope<FactlineEvent> decodeAsWritten(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new EventDecodingException("an event envelope must be a JSON object", null);
        }
        String type = text(tree, "type");
        Class<? extends FactlineEvent> dataClass = EventTypes.classOf(type)
                .orElseThrow(() -> new EventDecodingException("unknown event type: " + type, null));
        try {
            FactlineEvent data = MAPPER.treeToValue(tree.get("data"), dataClass);
            if (data == null) {
                throw new EventDecodingException(type + " envelope has no data", null);
            }
            return new EventEnvelope<>(text(tree, "specversion"), text(tree, "id"), type, text(tree, "source"),
                    Instant.parse(text(tree, "time")), tree.path("subject").asText(null),
                    tree.path("datacontenttype").asText(EventEnvelope.CONTENT_TYPE), data);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new EventDecodingException(type + " is malformed: " + e.getMessage(), e);
        }
    }

    /** Decodes and checks the data is of the expected event class. */
    public static <E extends FactlineEvent> EventEnvelope<E> decode(String json, Class<E> expected) {
        EventEnvelope<FactlineEvent> envelope = decode(json);
        if (!expected.isInstance(envelope.data())) {
            throw new EventDecodingException("expected " + expected.getSimpleName() + " but got " + envelope.type(), null);
        }
        @SuppressWarnings("unchecked")
        EventEnvelope<E> typed = (EventEnvelope<E>) envelope;
        return typed;
    }

    private static EventEnvelope<FactlineEvent> upcast(EventEnvelope<FactlineEvent> envelope) {
        FactlineEvent data = envelope.data();
        if (!(data instanceof Upcastable old)) {
            return envelope;
        }
        FactlineEvent current = old.upcast();
        return new EventEnvelope<>(envelope.specversion(), envelope.id(), current.eventType(), envelope.source(),
                envelope.time(), envelope.subject(), envelope.datacontenttype(), current);
    }

    private static String text(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        if (node == null || !node.isTextual()) {
            throw new EventDecodingException("envelope field '" + field + "' is missing or not a string", null);
        }
        return node.asText();
    }
}
