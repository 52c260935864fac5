package org.factline.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.ContradictionDetected;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.event.VersionChange;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.TimeInterval;
import org.factline.contracts.value.ValueKind;

/**
 * decide(state, command) for facts: pure, no I/O, no framework. A claim the fact already holds
 * decides nothing, which is what makes redelivered messages harmless. A new claim is recorded in
 * the stream as received (so the fact can later name it in a contradiction), followed by what it
 * changed: see {@code docs/fact-model.md} for the rules with examples.
 */
public final class FactDecider {

    private FactDecider() {
    }

    public static List<FactlineEvent> decide(FactState state, FactCommand command, Instant now) {
        if (command instanceof FactCommand.AttachClaim attach) {
            return attach(state, attach.claim(), attach.article(), now);
        }
        if (command instanceof FactCommand.RecordVerdict verdict) {
            return VerdictRules.decide(state, verdict, now);
        }
        if (command instanceof FactCommand.RetractArticle retract) {
            return Withdrawals.retract(state, retract, now);
        }
        if (command instanceof FactCommand.SupersedeClaims supersede) {
            return Withdrawals.supersede(state, supersede, now);
        }
        throw new IllegalArgumentException("no decision rule for " + command.getClass().getSimpleName());
    }

    private static List<FactlineEvent> attach(FactState state, ClaimExtracted claim, ArticleStanding article, Instant now) {
        if (state.knows(claim.claimId())) {
            return List.of();
        }
        ClaimEntry incoming = ClaimEntry.of(claim);
        List<FactlineEvent> events = new ArrayList<>();
        events.add(claim);
        List<FactlineEvent> refused = Withdrawals.refusedOnArrival(state, incoming, article, now);
        if (!refused.isEmpty()) {
            events.addAll(refused); // recorded, so a redelivery stays a no-op, but it never counts
            return events;
        }
        List<FactlineEvent> older = Withdrawals.olderVersions(state, incoming, now);
        events.addAll(older);
        events.addAll(judge(FactEvolver.evolveAll(state, older), incoming, now));
        return events;
    }

    /**
     * The new version (and contradiction, if any) that {@code incoming} makes when judged against
     * the active claims of {@code state}, which does not hold it yet.
     */
    static List<FactlineEvent> judge(FactState state, ClaimEntry incoming, Instant now) {
        FactState with = state.withClaim(incoming);
        List<ClaimEntry> known = state.activeClaims();
        if (known.isEmpty()) {
            return List.of(versioned(with, incoming.claimId(), VersionChange.CREATED, incoming.value(),
                    incoming.referenceTime(), now));
        }
        boolean running = RunningFigures.isRunning(state, incoming);
        List<ClaimEntry> agreeing = new ArrayList<>();
        List<ClaimEntry> disagreeing = new ArrayList<>();
        for (ClaimEntry existing : known) {
            PairVerdict verdict = ClaimJudge.judge(existing, incoming, running);
            if (verdict.disagrees()) {
                disagreeing.add(existing);
            } else if (verdict == PairVerdict.AGREES) {
                agreeing.add(existing);
            }
        }
        if (!disagreeing.isEmpty()) {
            if (running && isStaleRepeat(incoming, agreeing, disagreeing)) {
                return List.of(versioned(with, incoming.claimId(), VersionChange.STALE_REPEAT, state.value(),
                        state.referenceTime(), now));
            }
            return contest(state, with, incoming, disagreeing, now);
        }
        if (running && state.value().kind() == ValueKind.QUANTITY) {
            Moment vsCurrent = Moment.of(incoming.referenceTime(), state.referenceTime());
            Quantity current = state.value().quantity();
            Quantity stated = incoming.value().quantity();
            if (vsCurrent == Moment.LATER && stated.value().compareTo(current.value()) > 0) {
                return List.of(versioned(with, incoming.claimId(), VersionChange.EVOLVED,
                        ValueJudge.raisedFrom(state.value(), incoming.value()), incoming.referenceTime(), now));
            }
            if (vsCurrent == Moment.EARLIER && ClaimJudge.below(stated, current)) {
                // An older, smaller figure arriving late: history, not news, and no disagreement.
                return List.of(versioned(with, incoming.claimId(), VersionChange.STALE_REPEAT, state.value(),
                        state.referenceTime(), now));
            }
        }
        return List.of(versioned(with, incoming.claimId(), VersionChange.CORROBORATED,
                ValueJudge.narrower(state.value(), incoming.value()), later(state.referenceTime(), incoming.referenceTime()), now));
    }

    /**
     * A running figure below some known claims is only a stale repeat when it matches a figure
     * that was already reported for an earlier moment than every claim it falls short of: the
     * article is quoting an old tally, not disputing the new one.
     */
    private static boolean isStaleRepeat(ClaimEntry incoming, List<ClaimEntry> agreeing, List<ClaimEntry> disagreeing) {
        Quantity stated = incoming.value().quantity();
        for (ClaimEntry higher : disagreeing) {
            if (higher.referenceTime() == null || !ClaimJudge.below(stated, higher.value().quantity())) {
                return false;
            }
        }
        return agreeing.stream().anyMatch(older -> older.referenceTime() != null
                && older.value().kind() == ValueKind.QUANTITY && older.value().quantity().overlaps(stated)
                && disagreeing.stream().allMatch(h -> Moment.of(older.referenceTime(), h.referenceTime()) == Moment.EARLIER));
    }

    private static List<FactlineEvent> contest(FactState state, FactState with, ClaimEntry incoming,
                                               List<ClaimEntry> disagreeing, Instant now) {
        // Name the claim it is farthest from: that is the disagreement a reviewer must settle.
        ClaimEntry worst = disagreeing.get(0);
        double severity = ValueJudge.severity(worst.value(), incoming.value());
        for (ClaimEntry other : disagreeing) {
            double s = ValueJudge.severity(other.value(), incoming.value());
            if (s > severity) {
                worst = other;
                severity = s;
            }
        }
        ContradictionDetected contradiction = new ContradictionDetected("c-" + state.key().value() + "-" + incoming.claimId(),
                state.key(), with.subject() != null ? with.subject() : incoming.subject(),
                with.predicate() != null ? with.predicate() : incoming.predicate(), worst.ref(), incoming.ref(), severity, now);
        return List.of(versioned(with, incoming.claimId(), VersionChange.CONTESTED, state.value(), state.referenceTime(), now),
                contradiction);
    }

    /** The next version of {@code state}, listing its active claims and its independent sources. */
    static FactVersioned versioned(FactState state, String causedByClaimId, VersionChange change, ClaimValue value,
                                   TimeInterval referenceTime, Instant now) {
        List<ClaimEntry> active = state.activeClaims();
        ClaimEntry first = active.isEmpty() ? state.claims().get(0) : active.get(0);
        String subject = state.subject() != null ? state.subject() : first.subject();
        String predicate = state.predicate() != null ? state.predicate() : first.predicate();
        return new FactVersioned(state.key(), state.version() + 1, subject, predicate, change, value, referenceTime,
                causedByClaimId, active.stream().map(ClaimEntry::claimId).toList(), state.outlets(), now);
    }

    private static TimeInterval later(TimeInterval a, TimeInterval b) {
        if (a == null) {
            return b;
        }
        return b != null && Moment.of(b, a) == Moment.LATER ? b : a;
    }
}
