package org.factline.extraction.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Precision;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.TimeInterval;

/**
 * Turns an article into claims: each quantity mention becomes a {@link ClaimExtracted} with its
 * fact key, sentence quote, attribution and a deterministic claim id, so extracting the same
 * article twice yields the same claims.
 */
public final class ClaimExtractor {

    public static final String VERSION = "0.2.0";
    private static final Pattern ACCORDING_TO = Pattern.compile("according to ([^,.;]{2,80})", Pattern.CASE_INSENSITIVE);
    private static final int MAX_QUOTE = 400;

    private final QuantityFinder finder;
    private final DateRules dateRules;
    private final TimexFinder timexes;
    private final EventFinder events;

    public ClaimExtractor(RuleSet rules) {
        this.finder = new QuantityFinder(rules);
        this.dateRules = DateRules.load(rules.language(), rules);
        this.timexes = new TimexFinder(dateRules);
        this.events = new EventFinder(dateRules);
    }

    public List<ClaimExtracted> extract(ArticleText article, Instant now) {
        return analyse(article, now).claims();
    }

    /**
     * The whole extraction: the document date (given, else inferred from the text), timexes
     * resolved against it, quantities, dated events, and the claims made of the last two.
     */
    public Extraction analyse(ArticleText article, Instant now) {
        String text = article.text();
        DocumentDate dct;
        List<Timex> found;
        if (article.publishedAt() != null) {
            dct = DocumentDate.given(article.publishedAt());
            found = timexes.find(text, dct.date());
        } else {
            List<Timex> undated = timexes.find(text, null);
            dct = DocumentDate.infer(text, undated, dateRules);
            found = dct.known() ? timexes.find(text, dct.date()) : undated;
        }
        TimeInterval asOf = dct.known() ? day(dct.date()) : null;
        List<ClaimExtracted> claims = new ArrayList<>();
        List<QuantityMention> quantities = finder.find(text);
        for (QuantityMention m : quantities) {
            int[] quote = quoteSpan(text, m.start(), m.end());
            String quoteText = text.substring(quote[0], quote[1]);
            String subject = m.quantity().unit();
            Provenance provenance = new Provenance(article.articleId(), article.outlet(), article.url(), quote[0], quote[1],
                    quoteText, m.ruleId(), VERSION, 0.6, article.copyOf());
            claims.add(new ClaimExtracted(claimId(article.articleId(), m.start(), m.end(), m.ruleId()),
                    FactKey.of(m.predicate(), slug(subject)), subject, m.predicate(), ClaimValue.of(m.quantity()),
                    referenceTime(text, m, found, asOf), attribution(quoteText), provenance, now));
        }
        List<EventMention> dated = events.find(text, found);
        for (EventMention e : dated) {
            int[] quote = quoteSpan(text, e.start(), e.end());
            String quoteText = text.substring(quote[0], quote[1]);
            Provenance provenance = new Provenance(article.articleId(), article.outlet(), article.url(), quote[0], quote[1],
                    quoteText, e.ruleId(), VERSION, e.when().start() == null && e.when().end() == null ? 0.4 : 0.7,
                    article.copyOf());
            claims.add(new ClaimExtracted(claimId(article.articleId(), e.date().start(), e.date().end(), e.ruleId()),
                    FactKey.of(e.predicate(), e.subjectSlug()), e.subject(), e.predicate(), ClaimValue.of(e.when()), asOf,
                    attribution(quoteText), provenance, now));
        }
        return new Extraction(dct, found, quantities, dated, claims);
    }

    /** A resolved date in the quantity's sentence (nearest first) says when it holds; else the document date. */
    private static TimeInterval referenceTime(String text, QuantityMention m, List<Timex> timexes, TimeInterval asOf) {
        int[] sentence = Sentences.around(text, m.start(), m.end());
        Timex best = null;
        for (Timex t : timexes) {
            if (t.isResolvedDate() && t.start() >= sentence[0] && t.end() <= sentence[1]
                    && (best == null || Math.abs(t.start() - m.start()) < Math.abs(best.start() - m.start()))) {
                best = t;
            }
        }
        return best != null ? best.bounded() : asOf;
    }

    private static int[] quoteSpan(String text, int from, int to) {
        int[] sentence = Sentences.around(text, from, to);
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

    private static Attribution attribution(String sentence) {
        Matcher m = ACCORDING_TO.matcher(sentence);
        return m.find() ? new Attribution(m.group(1).strip(), false) : Attribution.articleVoice();
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
