package org.factline.extraction.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "factline.extraction")
public interface ExtractionConfig {

    /** Language of articles that arrive without one; its rules are loaded at start-up from {@code rules/<language>/}. */
    @WithDefault("en")
    String language();

    /** How long to wait for the broker to acknowledge an article's claims before retrying. */
    @WithDefault("10s")
    Duration ackTimeout();

    /** Pause between publish attempts while the broker is unavailable. */
    @WithDefault("2s")
    Duration retryBackoff();
}
