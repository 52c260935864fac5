package org.factline.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** The gateway's own settings, under {@code factline.gateway}. */
@ConfigMapping(prefix = "factline.gateway")
public interface GatewayConfig {

    /**
     * The first admin key ({@code FACTLINE_ADMIN_KEY}), stored hashed when no active admin key
     * exists. When absent, one is generated and printed once.
     */
    @WithName("admin-key")
    Optional<String> adminKey();

    /** Requests a key may make a minute (token bucket of that size), unless the key sets its own. */
    @WithName("rate-limit.requests-per-minute")
    @WithDefault("600")
    int requestsPerMinute();

    /** Page size when reading claims-service's event feed for {@code /api/v1/events}. */
    @WithName("events.page-size")
    @WithDefault("1000")
    int eventsPageSize();

    Webhooks webhooks();

    /** Webhook delivery retries: the first wait, doubled after each failure up to the ceiling. */
    interface Webhooks {
        @WithDefault("1s")
        java.time.Duration initialBackoff();

        @WithDefault("5m")
        java.time.Duration maxBackoff();
    }
}
