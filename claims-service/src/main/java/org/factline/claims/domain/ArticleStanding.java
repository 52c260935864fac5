package org.factline.claims.domain;

/**
 * What is known about an article beyond one fact: whether it was retracted (and why), and the
 * newest extractor version any of its claims came from. Attaching a claim takes it into account,
 * so a claim of a retracted article, or one from an extractor version already superseded, is
 * recorded but never counts.
 */
public record ArticleStanding(String articleId, String retractionReason, String newestExtractorVersion) {

    public static ArticleStanding unknown(String articleId) {
        return new ArticleStanding(articleId, null, null);
    }

    public boolean retracted() {
        return retractionReason != null;
    }
}
