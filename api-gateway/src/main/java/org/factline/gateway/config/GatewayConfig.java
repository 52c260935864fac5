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

    WebSocket websocket();

    Limits limits();

    /** Request body limits below the server-wide one (which is for streamed batches): see RequestBodyLimits. */
    interface Limits {
        /** A single article, {@code POST /api/v1/articles}. */
        @WithDefault("8M")
        io.quarkus.runtime.configuration.MemorySize articleBody();

        /** Every other request except {@code POST /api/v1/articles/batch}. */
        @WithDefault("64K")
        io.quarkus.runtime.configuration.MemorySize body();
    }

    Ingest ingest();

    /** The alert WebSocket: how long a new connection may take to send its auth message. */
    interface WebSocket {
        @WithDefault("5s")
        java.time.Duration authTimeout();
    }

    /**
     * ingest-service ({@code INGEST_SERVICE_URL}). Single requests time out after {@code timeout};
     * a batch is answered only once every line is ingested, so it gets {@code batch-timeout}.
     */
    interface Ingest {
        @WithDefault("http://localhost:8081")
        String url();

        @WithDefault("1s")
        java.time.Duration connectTimeout();

        @WithDefault("10s")
        java.time.Duration timeout();

        @WithDefault("30m")
        java.time.Duration batchTimeout();
    }

    /** Webhook delivery retries: the first wait, doubled after each failure up to the ceiling. */
    interface Webhooks {
        @WithDefault("1s")
        java.time.Duration initialBackoff();

        @WithDefault("5m")
        java.time.Duration maxBackoff();
    }
}
