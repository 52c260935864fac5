package org.factline.ingest.domain;

import java.util.Optional;

/** Port: the ISO 639-1 code of a text's language, when it can be told with confidence. */
public interface LanguageDetector {

    Optional<String> detect(String text);
}
