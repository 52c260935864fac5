package org.factline.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.factline.claims.domain.ArticleStanding;
import org.factline.claims.domain.ArticleStandings;
import org.factline.claims.domain.ClaimViews;
import org.factline.claims.domain.FactCommand;
import org.factline.claims.domain.FactEventStore;
import org.factline.claims.domain.StoredCommit;
import org.factline.contracts.event.ClaimsWithdrawn;
import org.factline.contracts.value.FactKey;

/**
 * Withdraws an article's claims from every fact holding them: on retraction, and when a newer
 * extractor version re-read the article (supersession). The article's standing is recorded first,
 * so a claim of it that arrives meanwhile is withdrawn on arrival (see {@link AttachClaim}).
 */
@ApplicationScoped
public class WithdrawArticleClaims {

    /** What a retraction request did: the recorded retraction, and the facts and claims it changed now. */
    public record Outcome(String articleId, String reason, Instant retractedAt, List<String> factKeys, int claimsWithdrawn) {
    }

    private final ArticleStandings standings;
    private final FactEventStore store;
    private final ClaimViews claims;
    private final FactCommands commands;
    private final Clock clock;

    WithdrawArticleClaims(ArticleStandings standings, FactEventStore store, ClaimViews claims, FactCommands commands,
                          Clock clock) {
        this.standings = standings;
        this.store = store;
        this.claims = claims;
        this.commands = commands;
        this.clock = clock;
    }

    /** Idempotent: a second retraction keeps the first reason and time and changes nothing more. */
    public Outcome retract(String articleId, String reason) {
        ArticleStanding standing = standings.retract(articleId, reason, clock.instant());
        List<String> changed = new ArrayList<>();
        int withdrawn = 0;
        for (FactKey key : factsOf(articleId)) {
            int n = withdrawnBy(commands.execute(key, new FactCommand.RetractArticle(articleId, standing.retractionReason())));
            if (n > 0) {
                changed.add(key.value());
                withdrawn += n;
            }
        }
        return new Outcome(articleId, standing.retractionReason(), standing.retractedAt(), changed, withdrawn);
    }

    /** Withdraws the article's claims from one fact, under its recorded retraction. */
    void retractIn(FactKey key, ArticleStanding standing) {
        commands.execute(key, new FactCommand.RetractArticle(standing.articleId(), standing.retractionReason()));
    }

    /** Supersedes claims of older extractor versions in every fact holding claims of the article. */
    void supersedeEverywhere(String articleId, String version) {
        for (FactKey key : factsOf(articleId)) {
            commands.execute(key, new FactCommand.SupersedeClaims(articleId, version));
        }
        standings.swept(articleId, version);
    }

    /**
     * The event store's own index (written with each decision) finds every fact; the claims read
     * model is asked as well for decisions stored before that index existed.
     */
    private List<FactKey> factsOf(String articleId) {
        TreeSet<String> keys = new TreeSet<>(claims.factKeysOfArticle(articleId));
        store.factsMentioning(articleId).forEach(k -> keys.add(k.value()));
        return keys.stream().map(FactKey::new).toList();
    }

    private static int withdrawnBy(StoredCommit commit) {
        if (commit == null) {
            return 0;
        }
        return commit.data().stream().filter(ClaimsWithdrawn.class::isInstance)
                .mapToInt(e -> ((ClaimsWithdrawn) e).claimIds().size()).sum();
    }
}
