package org.factline.contracts;

/**
 * Kafka topic names. Every producer and consumer takes its topic from here so a rename is one
 * change. The version suffix belongs to the topic's contract, not to the broker.
 */
public final class Topics {

    /** {@code article.ArticleIngested.v1}, keyed by article id. Owner: ingest-service. */
    public static final String ARTICLES = "factline.articles.v1";

    /**
     * {@code claim.ClaimExtracted.v2} (formerly v1), keyed by measure ({@code MeasureKey}), so the
     * claims of one measure are resolved to facts in order. Owner: extraction-service.
     */
    public static final String CLAIMS = "factline.claims.v1";

    /** {@code fact.*} events, keyed by fact key, in stream order per fact. Owner: claims-service. */
    public static final String FACTS = "factline.facts.v1";

    /** Poison messages from any consumer, with the reason in headers. */
    public static final String DEAD_LETTER = "factline.dead-letter.v1";

    private Topics() {
    }
}
