package org.factline.gateway.domain;

import java.time.Instant;

/**
 * A contradiction event as dashboards see it. {@code eventId} is the envelope id, so recording
 * the same event twice keeps one alert.
 */
public record Alert(String eventId, String type, String factKey, String contradictionId, Double severity,
                    Instant occurredAt, String event) {
}
