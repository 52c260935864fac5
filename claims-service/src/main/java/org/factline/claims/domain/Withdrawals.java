package org.factline.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.factline.contracts.event.ClaimsWithdrawn;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.ContradictionResolved;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.Resolution;
import org.factline.contracts.event.VersionChange;
import org.factline.contracts.event.WithdrawalReason;

/**
 * decide for retraction and supersession: claims of one article stop counting. The fact judges
 * its remaining claims again (in arrival order, by the same rules, with reviewers' verdicts on
 * claims that remain re-applied) to find its value, gets a RETRACTED version, closes as SUPERSEDED
 * every open contradiction a withdrawn claim was a side of, and raises again the disagreement of
 * a surviving claim with the remaining ones, if it has one.
 */
final class Withdrawals {

    private Withdrawals() {
    }

    static List<FactlineEvent> retract(FactState state, FactCommand.RetractArticle command, Instant now) {
        List<String> ids = active(state, c -> c.articleId().equals(command.articleId()));
        return ids.isEmpty() ? List.of()
                : withdraw(state, command.articleId(), ids, WithdrawalReason.RETRACTED, command.reason(), null, now);
    }

    static List<FactlineEvent> supersede(FactState state, FactCommand.SupersedeClaims command, Instant now) {
        List<String> ids = active(state, c -> c.articleId().equals(command.articleId())
                && ExtractorVersion.compare(c.extractorVersion(), command.extractorVersion()) < 0);
        return ids.isEmpty() ? List.of() : withdraw(state, command.articleId(), ids, WithdrawalReason.SUPERSEDED,
                reread(command.extractorVersion()), command.extractorVersion(), now);
    }

    /**
     * A claim that must not count from the moment it arrives: its article was retracted, or a
     * newer extractor version already read the article. Empty when the claim may be judged.
     */
    static List<FactlineEvent> refusedOnArrival(FactState state, ClaimEntry incoming, ArticleStanding article, Instant now) {
        if (article.retracted()) {
            return List.of(new ClaimsWithdrawn(state.key(), incoming.articleId(), List.of(incoming.claimId()),
                    WithdrawalReason.RETRACTED, article.retractionReason(), null, now));
        }
        String newest = article.newestExtractorVersion();
        for (ClaimEntry c : state.claims()) {
            if (c.articleId().equals(incoming.articleId())) {
                newest = ExtractorVersion.newer(newest, c.extractorVersion());
            }
        }
        if (newest != null && ExtractorVersion.compare(incoming.extractorVersion(), newest) < 0) {
            return List.of(new ClaimsWithdrawn(state.key(), incoming.articleId(), List.of(incoming.claimId()),
                    WithdrawalReason.SUPERSEDED, reread(newest), newest, now));
        }
        return List.of();
    }

    /** The withdrawal of the same article's claims from older extractor versions than {@code incoming}'s. */
    static List<FactlineEvent> olderVersions(FactState state, ClaimEntry incoming, Instant now) {
        return supersede(state, new FactCommand.SupersedeClaims(incoming.articleId(), incoming.extractorVersion()), now);
    }

    private static List<FactlineEvent> withdraw(FactState state, String articleId, List<String> ids, WithdrawalReason reason,
                                                String note, String supersededBy, Instant now) {
        List<FactlineEvent> events = new ArrayList<>();
        ClaimsWithdrawn withdrawn = new ClaimsWithdrawn(state.key(), articleId, ids, reason, note, supersededBy, now);
        events.add(withdrawn);
        FactState after = FactEvolver.evolve(state, withdrawn);
        List<ContradictionEntry> closed = state.contradictions().stream()
                .filter(c -> c.open() && ids.stream().anyMatch(c::involves)).toList();
        for (ContradictionEntry c : closed) {
            ContradictionResolved resolved = new ContradictionResolved(c.contradictionId(), state.key(), Resolution.SUPERSEDED,
                    null, null, "a side was withdrawn: " + reason.name().toLowerCase(java.util.Locale.ROOT), now);
            events.add(resolved);
            after = FactEvolver.evolve(after, resolved);
        }
        FactState judged = rejudge(after, after.activeClaims(), now);
        boolean anyLeft = judged.value() != null;
        events.add(FactDecider.versioned(after, ids.get(0), VersionChange.RETRACTED,
                anyLeft ? judged.value() : after.value(), anyLeft ? judged.referenceTime() : after.referenceTime(), now));
        after = FactEvolver.evolve(after, events.get(events.size() - 1));
        for (ContradictionEntry c : closed) {
            ContradictionDetected again = raisedAgain(after, c.incomingClaimId(), now);
            if (again != null) {
                events.add(again);
                after = FactEvolver.evolve(after, again);
            }
        }
        return events;
    }

    /**
     * {@code claims} judged again from an empty fact in arrival order, then reviewers' verdicts
     * upholding claims among them re-applied: the value those claims support on their own.
     */
    private static FactState rejudge(FactState state, List<ClaimEntry> claims, Instant now) {
        FactState s = FactState.empty(state.key());
        for (ClaimEntry c : claims) {
            s = FactEvolver.evolveAll(s.withClaim(c), FactDecider.judge(s, c, now));
        }
        for (ContradictionEntry c : state.contradictions()) {
            if (c.resolution() == Resolution.CLAIM_UPHELD) {
                ClaimEntry winner = s.claim(c.winningClaimId()).orElse(null);
                if (winner != null) {
                    s = VerdictRules.upholding(s, winner);
                }
            }
        }
        return s;
    }

    /**
     * A surviving claim whose contradiction was closed because the other side left: if it still
     * disagrees with the remaining claims, the disagreement is raised again, naming the claim it is
     * now farthest from (a new id: the closed contradiction keeps its own).
     */
    private static ContradictionDetected raisedAgain(FactState state, String claimId, Instant now) {
        ClaimEntry survivor = state.claim(claimId).filter(ClaimEntry::active).orElse(null);
        if (survivor == null || state.contradictions().stream().anyMatch(c -> c.open() && c.involves(claimId))) {
            return null;
        }
        List<ClaimEntry> others = state.activeClaims().stream().filter(c -> !c.claimId().equals(claimId)).toList();
        FactState without = rejudge(state, others, now);
        for (FactlineEvent e : FactDecider.judge(without, survivor, now)) {
            if (e instanceof ContradictionDetected d) {
                return new ContradictionDetected(d.contradictionId() + "-" + d.existing().claimId(), state.key(),
                        state.subject(), state.predicate(), d.existing(), d.incoming(), d.severity(), now);
            }
        }
        return null;
    }

    private static List<String> active(FactState state, Predicate<ClaimEntry> which) {
        return state.activeClaims().stream().filter(which).map(ClaimEntry::claimId).toList();
    }

    private static String reread(String extractorVersion) {
        return "extractor " + extractorVersion + " re-read the article";
    }
}
