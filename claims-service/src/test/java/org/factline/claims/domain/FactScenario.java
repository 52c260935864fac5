package org.factline.claims.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.event.FactVersioned;
import org.factline.contracts.event.FactlineEvent;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Precision;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;
import org.factline.contracts.value.TimeInterval;

/** Builders for given-events / when-command / then-events tests on the pure core. */
final class FactScenario {

    static final Instant NOW = Instant.parse("2025-11-20T10:00:00Z");

    private FactState state;

    private FactScenario(FactKey key) {
        this.state = FactState.empty(key);
    }

    static FactScenario fact(String key) {
        return new FactScenario(new FactKey(key));
    }

    /** Given: the claims were attached in this order (each decided and folded like the real handler does). */
    FactScenario given(ClaimExtracted... claims) {
        for (ClaimExtracted c : claims) {
            state = FactEvolver.evolveCommit(state, FactDecider.decide(state, new FactCommand.AttachClaim(c), NOW));
        }
        return this;
    }

    FactScenario givenVerdict(FactCommand.RecordVerdict verdict) {
        return given(verdict);
    }

    /** Given: the command was decided and its events folded. */
    FactScenario given(FactCommand command) {
        state = FactEvolver.evolveCommit(state, FactDecider.decide(state, command, NOW));
        return this;
    }

    FactState state() {
        return state;
    }

    List<FactlineEvent> when(ClaimExtracted claim) {
        return FactDecider.decide(state, new FactCommand.AttachClaim(claim), NOW);
    }

    List<FactlineEvent> when(FactCommand command) {
        return FactDecider.decide(state, command, NOW);
    }

    static FactVersioned version(List<FactlineEvent> events) {
        return events.stream().filter(FactVersioned.class::isInstance).map(FactVersioned.class::cast).findFirst().orElseThrow();
    }

    /** A quantity claim; {@code day} is the reference day ("2025-11-15") or null when the text gave none. */
    static ClaimExtracted quantity(String key, String id, String outlet, String day, Qualifier q, String low, String high,
                                   String quote) {
        BigDecimal lo = low == null ? null : new BigDecimal(low);
        BigDecimal hi = high == null ? null : new BigDecimal(high);
        FactKey factKey = new FactKey(key);
        String unit = key.substring(key.indexOf(':') + 1);
        return claim(factKey, id, outlet, day, ClaimValue.of(new Quantity(lo != null ? lo : hi, unit, q, lo, hi)), quote);
    }

    static ClaimExtracted exact(String key, String id, String outlet, String day, String n) {
        return quantity(key, id, outlet, day, Qualifier.EXACT, n, n, n + " " + key);
    }

    static ClaimExtracted atLeast(String key, String id, String outlet, String day, String n) {
        return quantity(key, id, outlet, day, Qualifier.AT_LEAST, n, null, "at least " + n + " " + key);
    }

    static ClaimExtracted dated(String key, String id, String outlet, String day, TimeInterval when, String quote) {
        return claim(new FactKey(key), id, outlet, day, ClaimValue.of(when), quote);
    }

    static ClaimExtracted category(String key, String id, String outlet, String day, String category) {
        return claim(new FactKey(key), id, outlet, day, ClaimValue.category(category), "it was " + category);
    }

    /** The same claim as published in {@code articleId}, a syndicated copy of {@code originalArticleId}. */
    static ClaimExtracted copyOf(ClaimExtracted c, String articleId, String originalArticleId) {
        return withProvenance(c, articleId, c.provenance().extractorVersion(), originalArticleId);
    }

    /** The claim as read from {@code articleId} by extractor {@code version} (claim ids depend on both). */
    static ClaimExtracted readBy(ClaimExtracted c, String articleId, String version) {
        return withProvenance(c, articleId, version, c.provenance().copyOf());
    }

    private static ClaimExtracted withProvenance(ClaimExtracted c, String articleId, String version, String copyOf) {
        Provenance p = c.provenance();
        return new ClaimExtracted(c.claimId(), c.measure(), c.measureNamed(), c.subject(), c.predicate(), c.value(), c.referenceTime(),
                c.referenceSource(), c.scope(), c.anchors(), c.storyId(), c.attribution(),
                new Provenance(articleId, p.outlet(), p.url(), p.quoteStart(), p.quoteEnd(), p.quote(),
                        p.ruleId(), version, p.confidence(), copyOf), c.extractedAt());
    }

    /** A whole day: "on November 16". */
    static TimeInterval onDay(String day) {
        Instant start = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new TimeInterval(day, Precision.DAY, start, start.plusSeconds(86_400));
    }

    /** Open at the start, up to the end of the day: "by November 11". */
    static TimeInterval byDay(String day) {
        return new TimeInterval(day, Precision.DAY, null, onDay(day).end());
    }

    private static ClaimExtracted claim(FactKey key, String id, String outlet, String day, ClaimValue value, String quote) {
        String predicate = key.predicate();
        String subject = key.value().substring(key.value().indexOf(':') + 1);
        return new ClaimExtracted(id, key, subject, predicate, value, day == null ? null : onDay(day),
                Attribution.articleVoice(), new Provenance("art-" + id, outlet, null, 0, quote.length(), quote, "rule",
                "0.1.0", 0.6), NOW);
    }
}
