package org.factline.ingest.adapter.out.language;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.factline.ingest.domain.LanguageDetector;

/**
 * Apache OpenNLP's language detector (the published 103-language model from Maven Central). It
 * answers ISO 639-3; Factline uses ISO 639-1. Its scores are spread over 103 languages, so a
 * sentence of clear English scores about 0.16: a language is taken when it scores at least 0.05
 * and twice the runner-up; short or mixed texts get no language rather than a guess.
 */
@ApplicationScoped
public class OpenNlpLanguageDetector implements LanguageDetector {

    private static final double MIN_CONFIDENCE = 0.05;
    private static final double MIN_LEAD = 2.0;
    // 600 characters tell a language as well as 2000 for news text, at a third of the cost (it dominated ingest CPU).
    private static final int SAMPLE_CHARS = 600;
    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            ISO3_TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
        }
    }

    private final LanguageDetectorME detector;

    public OpenNlpLanguageDetector() {
        try (InputStream model = getClass().getClassLoader().getResourceAsStream("langdetect-183.bin")) {
            if (model == null) {
                throw new IllegalStateException("langdetect-183.bin (opennlp-models-langdetect) is not on the classpath");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model", e);
        }
    }

    @Override
    public Optional<String> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Language[] ranked = detector.predictLanguages(sample);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        Language best = ranked[0];
        double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (best.getConfidence() < MIN_CONFIDENCE || best.getConfidence() < MIN_LEAD * runnerUp) {
            return Optional.empty();
        }
        return Optional.ofNullable(ISO3_TO_ISO1.get(best.getLang()));
    }
}
