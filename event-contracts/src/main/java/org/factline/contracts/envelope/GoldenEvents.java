package org.factline.contracts.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The golden JSON files shipped in this jar, one per event type, under {@code golden/<type>.json}.
 * Producers' tests compare their output against them; consumers' tests read them.
 */
public final class GoldenEvents {

    private GoldenEvents() {
    }

    public static String json(String type) {
        String resource = "golden/" + type + ".json";
        try (InputStream in = GoldenEvents.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no golden file for " + type + " at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every registered event type with its golden JSON, sorted by type. */
    public static Map<String, String> all() {
        Map<String, String> all = new TreeMap<>();
        for (String type : EventTypes.all()) {
            all.put(type, json(type));
        }
        return all;
    }
}
