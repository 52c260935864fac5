package org.factline.ingest.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.factline.ingest.config.IngestConfig;
import org.factline.ingest.domain.Article;
import org.factline.ingest.domain.ArticleStore;
import org.factline.ingest.domain.ArticleSubmission;
import org.factline.ingest.domain.RejectedSubmission;
import org.factline.ingest.domain.StoreOutcome;
import org.factline.ingest.domain.SubmissionValidator;

/**
 * Accepts one article: validate, store (which queues it for the relay), and wake the relay. The
 * client's 202 means "stored", never "published": publication is the relay's job and survives
 * a broker outage.
 */
@ApplicationScoped
public class IngestArticle {

    private final ArticleStore store;
    private final SubmissionValidator validator;
    private final Clock clock;
    private final RelayPendingArticles relay;
    private final MeterRegistry metrics;

    IngestArticle(ArticleStore store, IngestConfig config, Clock clock, RelayPendingArticles relay, MeterRegistry metrics) {
        this.store = store;
        this.validator = new SubmissionValidator(config.maxTextBytes());
        this.clock = clock;
        this.relay = relay;
        this.metrics = metrics;
    }

    public StoreOutcome ingest(ArticleSubmission submission) {
        Article article;
        try {
            article = validator.validate(submission, clock.instant());
        } catch (RejectedSubmission e) {
            e.errors().forEach(err -> metrics.counter("factline_ingest_rejected_total", "field", err.field()).increment());
            throw e;
        }
        StoreOutcome outcome = store.storeIfNew(article);
        metrics.counter(outcome.duplicate() ? "factline_ingest_duplicate_total" : "factline_ingest_accepted_total").increment();
        if (!outcome.duplicate()) {
            relay.wake();
        }
        return outcome;
    }
}
