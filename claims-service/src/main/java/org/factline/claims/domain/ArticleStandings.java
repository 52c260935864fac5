package org.factline.claims.domain;

import java.time.Instant;

/**
 * Port: what is known about articles across facts (retractions, newest extractor version). It is
 * command-side state written before the facts are changed, not a read model: the facts' streams
 * record every withdrawal it leads to.
 */
public interface ArticleStandings {

    /** The article's standing; {@link ArticleStanding#unknown} when nothing is recorded. */
    ArticleStanding find(String articleId);

    /** Records the retraction unless one is recorded already (the first reason and time stay); returns the standing. */
    ArticleStanding retract(String articleId, String reason, Instant at);

    /** Raises the newest extractor version seen for the article to {@code version} if it is newer; returns the standing. */
    ArticleStanding sawExtractorVersion(String articleId, String version);

    /** Older claims in other facts were superseded up to {@code version}. */
    void swept(String articleId, String version);
}
