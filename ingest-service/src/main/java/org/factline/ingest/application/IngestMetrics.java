package org.factline.ingest.application;

import io.micrometer.core.instrument.MeterRegistry;
import org.factline.ingest.domain.RejectedSubmission;

/** The ingest counters, named once. */
final class IngestMetrics {

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void accepted(boolean nearDuplicate) {
        registry.counter("factline_ingest_accepted_total").increment();
        if (nearDuplicate) {
            registry.counter("factline_ingest_near_duplicate_total").increment();
        }
    }

    void duplicate() {
        registry.counter("factline_ingest_duplicate_total").increment();
    }

    void rejected(RejectedSubmission e) {
        e.errors().forEach(err -> registry.counter("factline_ingest_rejected_total", "field", err.field()).increment());
    }

    /** A batch line that was not even an article object (bad JSON, bad UTF-8). */
    void unreadable(String reason) {
        registry.counter("factline_ingest_rejected_total", "field", reason).increment();
    }
}
