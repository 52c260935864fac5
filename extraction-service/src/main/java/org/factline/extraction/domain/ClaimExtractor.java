package org.factline.extraction.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Precision;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.TimeInterval;

/**
 * Turns an article into claims: each quantity mention and dated event outside the article's
 * noise becomes a {@link ClaimExtracted} with its fact key, sentence quote, attribution and a
 * deterministic claim id, so extracting the same article twice yields the same claims.
 */
public final class ClaimExtractor {

    public static final String VERSION = "0.3.0";
    private static final int MAX_QUOTE = 400;

    private final QuantityFinder finder;
    private final DateRules dateRules;
    private final TimexFinder timexes;
    private final EventFinder events;
    private final NoiseFilter noise;
    private final Attributions attributions;

    public ClaimExtractor(RuleSet rules) {
        this.finder = new QuantityFinder(rules);
        this.dateRules = DateRules.load(rules.language(), rules);
        this.timexes = new TimexFinder(dateRules);
        this.events = new EventFinder(dateRules);
        this.noise = new NoiseFilter(rules);
        this.attributions = new Attributions(rules);
    }

    /**
     * The claims only. With a publication date, temporal expressions are looked for only in the
     * sentences that hold a quantity or an event cue, the only ones a claim can use; the claims
     * are the same as {@link #analyse}'s at a fraction of the cost.
     */
    public List<ClaimExtracted> extract(ArticleText article, Instant now) {
        return run(article, now, false).claims();
    }

    /**
     * The whole extraction: the document date (given, else inferred from the text), every timex
     * resolved against it, quantities, dated events, the noise spans skipped, and the claims.
     */
    public Extraction analyse(ArticleText article, Instant now) {
        return run(article, now, true);
    }

    private Extraction run(ArticleText article, Instant now, boolean allTimexes) {
        String text = article.text();
        List<NoiseFilter.Span> skipped = noise.find(text);
        List<QuantityMention> quantities = new ArrayList<>();
        for (QuantityMention m : finder.find(text)) {
            if (!NoiseFilter.covers(skipped, m.start())) {
                quantities.add(m);
            }
        }
        DocumentDate dct;
        List<Timex> found;
        if (article.publishedAt() != null) {
            dct = DocumentDate.given(article.publishedAt());
            found = allTimexes ? timexes.find(text, dct.date()) : timexesInClaimSentences(text, quantities, dct);
        } else {
            List<Timex> undated = timexes.find(text, null);
            dct = DocumentDate.infer(text, undated, dateRules);
            found = dct.known() ? timexes.find(text, dct.date()) : undated;
        }
        TimeInterval asOf = dct.known() ? day(dct.date()) : null;
        List<ClaimExtracted> claims = new ArrayList<>();
        for (QuantityMention m : quantities) {
            int[] sentence = Sentences.around(text, m.start(), m.end());
            claims.add(claim(article, now, m.start(), m.end(), sentence, m.ruleId(), 0.6,
                    FactKey.of(m.predicate(), m.subjectSlug()), m.subject(), m.predicate(), ClaimValue.of(m.quantity()),
                    referenceTime(m, sentence, found, asOf)));
        }
        List<EventMention> dated = new ArrayList<>();
        for (EventMention e : events.find(text, found)) {
            if (!NoiseFilter.covers(skipped, e.date().start())) {
                dated.add(e);
                double confidence = e.when().start() == null && e.when().end() == null ? 0.4 : 0.7;
                claims.add(claim(article, now, e.date().start(), e.date().end(), new int[] {e.start(), e.end()}, e.ruleId(),
                        confidence, FactKey.of(e.predicate(), e.subjectSlug()), e.subject(), e.predicate(), ClaimValue.of(e.when()),
                        asOf));
            }
        }
        return new Extraction(dct, found, quantities, dated, claims, skipped);
    }

    private ClaimExtracted claim(ArticleText article, Instant now, int start, int end, int[] sentence, String ruleId,
                                 double confidence, FactKey key, String subject, String predicate, ClaimValue value,
                                 TimeInterval referenceTime) {
        String text = article.text();
        int[] quote = quoteSpan(sentence, start, end);
        String quoteText = text.substring(quote[0], quote[1]);
        Provenance provenance = new Provenance(article.articleId(), article.outlet(), article.url(), quote[0], quote[1],
                quoteText, ruleId, VERSION, confidence, article.copyOf());
        return new ClaimExtracted(claimId(article.articleId(), start, end, ruleId), key, subject, predicate, value,
                referenceTime, attributions.of(text, sentence), provenance, now);
    }

    /** Timexes of the sentences that hold a quantity or an event cue, with offsets into the whole text. */
    private List<Timex> timexesInClaimSentences(String text, List<QuantityMention> quantities, DocumentDate dct) {
        List<int[]> sentences = new ArrayList<>();
        for (QuantityMention m : quantities) {
            sentences.add(Sentences.around(text, m.start(), m.end()));
        }
        sentences.addAll(events.cueSentences(text));
        sentences.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Timex> out = new ArrayList<>();
        int done = -1;
        for (int[] s : sentences) {
            if (s[0] < done) {
                continue; // the same sentence again
            }
            for (Timex t : timexes.find(text.substring(s[0], s[1]), dct.date())) {
                out.add(new Timex(t.start() + s[0], t.end() + s[0], t.text(), t.type(), t.value(), t.interval(), t.bound(),
                        t.bounded(), t.ruleId()));
            }
            done = s[1];
        }
        return out;
    }

    /** A resolved date in the quantity's sentence (nearest first) says when it holds; else the document date. */
    private static TimeInterval referenceTime(QuantityMention m, int[] sentence, List<Timex> timexes, TimeInterval asOf) {
        Timex best = null;
        for (Timex t : timexes) {
            if (t.isResolvedDate() && t.start() >= sentence[0] && t.end() <= sentence[1]
                    && (best == null || Math.abs(t.start() - m.start()) < Math.abs(best.start() - m.start()))) {
                best = t;
            }
        }
        return best != null ? best.bounded() : asOf;
    }

    private static int[] quoteSpan(int[] sentence, int from, int to) {
        int quoteStart = sentence[0];
        int quoteEnd = Math.min(sentence[1], quoteStart + MAX_QUOTE);
        if (quoteEnd < to) { // a very long sentence: quote the mention's neighbourhood instead
            quoteStart = Math.max(sentence[0], from - MAX_QUOTE / 2);
            quoteEnd = Math.min(sentence[1], quoteStart + MAX_QUOTE);
        }
        return new int[] {quoteStart, quoteEnd};
    }

    static TimeInterval day(java.time.LocalDate d) {
        return new TimeInterval(d.toString(), Precision.DAY, TimexFinder.instant(d), TimexFinder.instant(d.plusDays(1)));
    }

    static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "unknown" : slug;
    }

    static String claimId(String articleId, int start, int end, String ruleId) {
        String basis = articleId + "|" + start + "|" + end + "|" + ruleId + "|" + VERSION;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
