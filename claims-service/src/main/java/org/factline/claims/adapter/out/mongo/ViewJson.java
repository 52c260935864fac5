package org.factline.claims.adapter.out.mongo;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.bson.Document;
import org.factline.contracts.envelope.EventCodec;

/**
 * Read-model views are stored as their JSON (written by the event codec's mapper, so a rebuild
 * gives the same bytes) beside a few query fields.
 */
final class ViewJson {

    private ViewJson() {
    }

    static String write(Object view) {
        try {
            return EventCodec.mapper().writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(view.getClass().getSimpleName() + " could not be written", e);
        }
    }

    static <V> V read(Document stored, Class<V> type) {
        try {
            return EventCodec.mapper().readValue(stored.getString("view"), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " " + stored.get("_id") + " is unreadable", e);
        }
    }
}
