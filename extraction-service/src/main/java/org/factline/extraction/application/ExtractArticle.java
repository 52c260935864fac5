package org.factline.extraction.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.factline.contracts.event.ArticleIngested;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.extraction.domain.ArticleText;
import org.factline.extraction.domain.ClaimExtractor;
import org.factline.extraction.domain.ClaimPublisher;
import org.factline.extraction.domain.ExtractionLog;
import org.factline.extraction.domain.Languages;
import org.jboss.logging.Logger;

/**
 * One article in, its claims out. Claims are published (and acknowledged) before the article's
 * offset is committed, so a crash at any point means re-extraction, never a lost claim; claim ids
 * are deterministic, so re-extraction produces duplicates that claims-service recognises. An
 * article in a language without rules yields no claims: logged, counted, recorded, never an error.
 */
@ApplicationScoped
public class ExtractArticle {

    private static final Logger LOG = Logger.getLogger(ExtractArticle.class);

    private final Languages languages;
    private final ClaimPublisher publisher;
    private final ExtractionLog log;
    private final Clock clock;
    private final MeterRegistry metrics;

    ExtractArticle(Languages languages, ClaimPublisher publisher, ExtractionLog log, Clock clock, MeterRegistry metrics) {
        this.languages = languages;
        this.publisher = publisher;
        this.log = log;
        this.clock = clock;
        this.metrics = metrics;
    }

    public List<ClaimExtracted> handle(ArticleIngested article) {
        Optional<ClaimExtractor> extractor = languages.extractor(article.language());
        List<ClaimExtracted> claims;
        if (extractor.isEmpty()) {
            LOG.infof("article %s: %s", article.articleId(), languages.noRulesMessage(article.language()));
            metrics.counter("factline_extraction_articles_without_rules_total", "language", languages.resolve(article.language()))
                    .increment();
            claims = List.of();
        } else {
            claims = metrics.timer("factline_extraction_article_seconds").record(() ->
                    extractor.get().extract(new ArticleText(article.articleId(), article.outlet(), article.url(), article.text(),
                            article.publishedAt(), article.nearDuplicate() == null ? null : article.nearDuplicate().originalArticleId()),
                            clock.instant()));
        }
        publisher.publish(claims);
        log.record(new ExtractionLog.Entry(article.articleId(), article.outlet(), ClaimExtractor.VERSION,
                claims.stream().map(ClaimExtracted::claimId).toList(), clock.instant()));
        metrics.counter("factline_extraction_articles_total").increment();
        metrics.counter("factline_extraction_claims_total").increment(claims.size());
        return claims;
    }
}
