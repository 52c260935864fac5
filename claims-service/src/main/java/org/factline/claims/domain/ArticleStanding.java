package org.factline.claims.domain;

import java.time.Instant;

/**
 * What is known about an article beyond one fact: whether it was retracted (why, when), the
 * newest extractor version any of its claims came from, and the version up to which older claims
 * in other facts have been superseded ({@code sweptVersion}). Attaching a claim takes it into
 * account, so a claim of a retracted article, or one from an extractor version already
 * superseded, is recorded but never counts.
 */
public record ArticleStanding(String articleId, String retractionReason, Instant retractedAt,
                              String newestExtractorVersion, String sweptVersion) {

    public static ArticleStanding unknown(String articleId) {
        return new ArticleStanding(articleId, null, null, null, null);
    }

    /** A newer extractor version was seen, but older claims in other facts were not superseded yet. */
    public boolean supersessionPending() {
        return newestExtractorVersion != null && !newestExtractorVersion.equals(sweptVersion);
    }

    public boolean retracted() {
        return retractionReason != null;
    }
}
