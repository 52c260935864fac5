package org.factline.extraction.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.factline.extraction.domain.ClaimExtractor;
import org.factline.extraction.domain.RuleSet;

/** Wires the framework-free engine into CDI. */
public class ExtractionBeans {

    @Produces
    @Singleton
    ClaimExtractor claimExtractor(ExtractionConfig config) {
        return new ClaimExtractor(RuleSet.load(config.language()));
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
