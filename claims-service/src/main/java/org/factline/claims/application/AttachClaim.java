package org.factline.claims.application;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.factline.claims.domain.ArticleStanding;
import org.factline.claims.domain.ArticleStandings;
import org.factline.claims.domain.FactCommand;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.FactKey;

/**
 * Attaches an extracted claim to its fact; a claim the fact already holds stores nothing. The
 * article's standing goes with it, so a claim of a retracted article, or from an extractor version
 * already superseded, never counts; the first claim from a newer extractor version supersedes the
 * article's older claims in every fact.
 */
@ApplicationScoped
public class AttachClaim {

    private final FactCommands commands;
    private final ArticleStandings standings;
    private final WithdrawArticleClaims withdrawals;
    private final MeterRegistry metrics;

    AttachClaim(FactCommands commands, ArticleStandings standings, WithdrawArticleClaims withdrawals, MeterRegistry metrics) {
        this.commands = commands;
        this.standings = standings;
        this.withdrawals = withdrawals;
        this.metrics = metrics;
    }

    /** @return the stored commit, or null when the claim changed nothing (already known) */
    public StoredCommit handle(ClaimExtracted claim) {
        String articleId = claim.provenance().articleId();
        ArticleStanding standing = standings.sawExtractorVersion(articleId, claim.provenance().extractorVersion());
        StoredCommit commit = commands.execute(FactKey.of(claim.measure(), null), new FactCommand.AttachClaim(claim, standing));
        if (commit != null && !standing.retracted()) {
            // A retraction recorded while this claim was decided may have looked for the article's
            // facts before this commit was stored: withdraw here too (a no-op when it was found).
            ArticleStanding now = standings.find(articleId);
            if (now.retracted()) {
                withdrawals.retractIn(FactKey.of(claim.measure(), null), now);
            }
        }
        if (standing.supersessionPending()) {
            withdrawals.supersedeEverywhere(articleId, standing.newestExtractorVersion());
        }
        metrics.counter(commit == null ? "factline_claims_duplicate_total" : "factline_claims_attached_total").increment();
        return commit;
    }
}
