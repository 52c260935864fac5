package org.factline.extraction.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.factline.contracts.event.ArticleIngested;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.extraction.domain.ArticleText;
import org.factline.extraction.domain.ClaimExtractor;
import org.factline.extraction.domain.ClaimPublisher;
import org.factline.extraction.domain.ExtractionLog;

/**
 * One article in, its claims out. Claims are published (and acknowledged) before the article's
 * offset is committed, so a crash at any point means re-extraction, never a lost claim; claim ids
 * are deterministic, so re-extraction produces duplicates that claims-service recognises.
 */
@ApplicationScoped
public class ExtractArticle {

    private final ClaimExtractor extractor;
    private final ClaimPublisher publisher;
    private final ExtractionLog log;
    private final Clock clock;
    private final MeterRegistry metrics;

    ExtractArticle(ClaimExtractor extractor, ClaimPublisher publisher, ExtractionLog log, Clock clock, MeterRegistry metrics) {
        this.extractor = extractor;
        this.publisher = publisher;
        this.log = log;
        this.clock = clock;
        this.metrics = metrics;
    }

    public List<ClaimExtracted> handle(ArticleIngested article) {
        List<ClaimExtracted> claims = metrics.timer("factline_extraction_article_seconds").record(() ->
                extractor.extract(new ArticleText(article.articleId(), article.outlet(), article.url(), article.text(),
                        article.publishedAt(), article.nearDuplicate() == null ? null : article.nearDuplicate().originalArticleId()),
                        clock.instant()));
        publisher.publish(claims);
        log.record(new ExtractionLog.Entry(article.articleId(), article.outlet(), ClaimExtractor.VERSION,
                claims.stream().map(ClaimExtracted::claimId).toList(), clock.instant()));
        metrics.counter("factline_extraction_articles_total").increment();
        metrics.counter("factline_extraction_claims_total").increment(claims.size());
        return claims;
    }
}
