package org.factline.ingest.adapter.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.ingest.adapter.out.language.OpenNlpLanguageDetector;
import org.junit.jupiter.api.Test;

class OpenNlpLanguageDetectorTest {

    private static final OpenNlpLanguageDetector DETECTOR = new OpenNlpLanguageDetector();

    @Test
    void tells_english_spanish_and_german_news_sentences_apart() {
        assertThat(DETECTOR.detect("The harbour authority said on Monday that twelve ships were held outside the port "
                + "after the storm damaged two cranes.")).contains("en");
        assertThat(DETECTOR.detect("La autoridad portuaria dijo el lunes que doce barcos quedaron fuera del puerto "
                + "después de que la tormenta dañara dos grúas.")).contains("es");
        assertThat(DETECTOR.detect("Die Hafenbehörde teilte am Montag mit, dass zwölf Schiffe vor dem Hafen warten "
                + "mussten, nachdem der Sturm zwei Kräne beschädigt hatte.")).contains("de");
    }

    @Test
    void says_nothing_rather_than_guess_on_empty_text() {
        assertThat(DETECTOR.detect("   ")).isEmpty();
    }
}
