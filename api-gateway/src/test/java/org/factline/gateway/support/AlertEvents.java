package org.factline.gateway.support;

import java.util.Locale;
import java.util.UUID;
import org.factline.contracts.Topics;
import org.factline.contracts.envelope.GoldenEvents;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.deploy.testing.KafkaProbe;

/**
 * Contradiction events for a test's own fact {@code arrival:<slug>}, made from the golden events
 * (subject "harbour tug", outlets example.org and example.com), sent to the real facts topic.
 */
public final class AlertEvents {

    private AlertEvents() {
    }

    public static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    public static void send(String slug, String json) {
        KafkaProbe.shared().send(Topics.FACTS, "arrival:" + slug, json);
    }

    /** The golden detection, for this test's fact, as version {@code v} (its own event and contradiction ids). */
    public static String detected(String slug, int v, double severity) {
        return GoldenEvents.json(ContradictionDetected.TYPE)
                .replace("fact-arrival:harbour-tug-v3-1", "fact-arrival:" + slug + "-v" + v + "-1")
                .replace("c-arrival:harbour-tug-1", "c-arrival:" + slug + "-" + v)
                .replace("arrival:harbour-tug", "arrival:" + slug)
                .replace("\"severity\" : 0.45", "\"severity\" : " + severity);
    }

    /** The golden resolution of contradiction 1 of this test's fact. */
    public static String resolved(String slug) {
        return GoldenEvents.json(ContradictionResolved.TYPE).replace("arrival:harbour-tug", "arrival:" + slug);
    }
}
