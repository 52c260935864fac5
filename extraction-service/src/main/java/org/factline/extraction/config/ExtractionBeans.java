package org.factline.extraction.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.factline.extraction.domain.Languages;

/** Wires the framework-free engine into CDI. */
public class ExtractionBeans {

    /** Per-language extractors; articles without a detected language are read as {@code factline.extraction.language}. */
    @Produces
    @Singleton
    Languages languages(ExtractionConfig config) {
        Languages languages = Languages.load(config.language());
        languages.extractor(config.language()); // fail start-up now, not on the first article, if the rules are broken
        return languages;
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
