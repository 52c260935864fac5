package org.factline.gateway.domain;

import java.time.Instant;

/**
 * A webhook subscription: alerts passing {@code filter} are POSTed to {@code url}, signed with
 * {@code secret} (HMAC-SHA256), in sequence order, each retried with backoff until it is
 * accepted. {@code cursor} is the sequence of the last alert delivered. The rest is delivery
 * status, for the subscriber to see.
 */
public record Subscription(String id, String ownerKeyId, String url, String secret, AlertFilter filter, Instant createdAt,
                           long cursor, long delivered, int failedAttempts, Instant lastAttemptAt, Integer lastStatus,
                           String lastError) {
}
