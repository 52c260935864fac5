package org.factline.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "factline.ingest")
public interface IngestConfig {

    /** Largest accepted article text, in UTF-8 bytes. */
    @WithDefault("2097152")
    int maxTextBytes();

    /** Estimated Jaccard similarity (word 4-shingles) at which an article is linked to an earlier one as its copy. */
    @WithDefault("0.7")
    double nearDuplicateThreshold();

    Relay relay();

    Feeds feeds();

    interface Feeds {

        /** Shortest poll interval a feed may ask for (tests lower it). */
        @WithDefault("30s")
        Duration minInterval();

        /** Timeout of one feed or page fetch. */
        @WithDefault("15s")
        Duration fetchTimeout();

        /** Largest feed or page body read, in bytes. */
        @WithDefault("10485760")
        int maxBodyBytes();
    }

    interface Relay {

        /** Articles read from the outbox per query. */
        @WithDefault("100")
        int batchSize();

        /** How long to wait for the broker to acknowledge one article before pausing the relay. */
        @WithDefault("10s")
        Duration ackTimeout();

        /** How often the relay sweeps the outbox even when not woken (retries after broker outages). */
        @WithDefault("5s")
        Duration sweepInterval();
    }
}
