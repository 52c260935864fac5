package org.factline.extraction.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the record of which article was extracted, when, by which version, into which claims. */
public interface ExtractionLog {

    record Entry(String articleId, String outlet, String extractorVersion, List<String> claimIds, Instant extractedAt) {
    }

    /** Idempotent: extracting the same article again replaces its entry. */
    void record(Entry entry);

    Optional<Entry> find(String articleId);
}
