package org.factline.claims.domain;

import org.factline.contracts.event.ClaimExtracted;

/** What can be asked of a fact. */
public sealed interface FactCommand {

    /** Take a newly extracted claim into account, knowing what is known about its article. */
    record AttachClaim(ClaimExtracted claim, ArticleStanding article) implements FactCommand {

        public AttachClaim(ClaimExtracted claim) {
            this(claim, ArticleStanding.unknown(claim.provenance().articleId()));
        }
    }

    /**
     * A reviewer's verdict on an open contradiction: either which of its two claims is right
     * ({@code winningClaimId}), or that the two claims measure different things
     * ({@code notAContradiction}). Exactly one of the two must be given.
     */
    record RecordVerdict(String contradictionId, String winningClaimId, boolean notAContradiction, String reviewer,
                         String note) implements FactCommand {
    }

    /** The article was retracted: its claims stop counting towards this fact. */
    record RetractArticle(String articleId, String reason) implements FactCommand {
    }

    /** The article was re-read by {@code extractorVersion}: its claims from older versions stop counting. */
    record SupersedeClaims(String articleId, String extractorVersion) implements FactCommand {
    }
}
