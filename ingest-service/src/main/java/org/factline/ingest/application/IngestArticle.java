package org.factline.ingest.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.factline.ingest.config.IngestConfig;
import org.factline.ingest.domain.Article;
import org.factline.ingest.domain.ArticleStore;
import org.factline.ingest.domain.ArticleSubmission;
import org.factline.ingest.domain.IngestOutcome;
import org.factline.ingest.domain.LanguageDetector;
import org.factline.ingest.domain.MinHash;
import org.factline.ingest.domain.NearDuplicateIndex;
import org.factline.ingest.domain.PageReader;
import org.factline.ingest.domain.RejectedSubmission;
import org.factline.ingest.domain.StoreOutcome;
import org.factline.ingest.domain.SubmissionValidator;

/**
 * Accepts one article: validate (reading HTML when given), detect the language when absent, link
 * it to an earlier near copy, store it (which queues it for the relay) and wake the relay. A 202
 * means "stored", never "published": publication is the relay's job and survives a broker outage.
 */
@ApplicationScoped
public class IngestArticle {

    private final ArticleStore store;
    private final SubmissionValidator validator;
    private final LanguageDetector languages;
    private final NearDuplicateIndex nearDuplicates;
    private final Clock clock;
    private final RelayPendingArticles relay;
    private final IngestMetrics metrics;

    IngestArticle(ArticleStore store, IngestConfig config, PageReader pages, LanguageDetector languages,
                  NearDuplicateIndex nearDuplicates, Clock clock, RelayPendingArticles relay, MeterRegistry registry) {
        this.store = store;
        this.validator = new SubmissionValidator(config.maxTextBytes(), pages);
        this.languages = languages;
        this.nearDuplicates = nearDuplicates;
        this.clock = clock;
        this.relay = relay;
        this.metrics = new IngestMetrics(registry);
    }

    /** Counts a batch line that could not be read as an article at all. */
    void unreadable(String reason) {
        metrics.unreadable(reason);
    }

    /** @throws RejectedSubmission when the submission is invalid; nothing is stored then */
    public IngestOutcome ingest(ArticleSubmission submission) {
        Article article;
        try {
            article = validator.validate(submission, clock.instant());
        } catch (RejectedSubmission e) {
            metrics.rejected(e);
            throw e;
        }
        if (article.language() == null) {
            article = article.withLanguage(languages.detect(article.text()).orElse(null));
        }
        int[] signature = MinHash.signature(article.text());
        article = article.withNearDuplicate(nearDuplicates.originalOf(signature).orElse(null));
        StoreOutcome stored = store.storeIfNew(article, signature);
        if (stored.duplicate()) {
            metrics.duplicate();
            return new IngestOutcome(stored.articleId(), true, null);
        }
        if (article.nearDuplicate() == null) {
            nearDuplicates.add(article.id(), signature); // only originals: copies of copies link to the first
        }
        metrics.accepted(article.nearDuplicate() != null);
        relay.enqueue(article);
        return new IngestOutcome(article.id(), false, article.nearDuplicate());
    }
}
