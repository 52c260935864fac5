package org.factline.extraction.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    public static final String VERSION = "0.1.0";
    private static final Pattern ACCORDING_TO = Pattern.compile("according to ([^,.;]{2,80})", Pattern.CASE_INSENSITIVE);
    private static final int MAX_QUOTE = 400;

    private final QuantityFinder finder;

    public ClaimExtractor(RuleSet rules) {
        this.finder = new QuantityFinder(rules);
    }

    public List<ClaimExtracted> extract(ArticleText article, Instant now) {
        List<ClaimExtracted> claims = new ArrayList<>();
        TimeInterval asOf = publicationDay(article.publishedAt());
        for (QuantityMention m : finder.find(article.text())) {
            int[] sentence = Sentences.around(article.text(), m.start(), m.end());
            int quoteStart = sentence[0];
            int quoteEnd = Math.min(sentence[1], quoteStart + MAX_QUOTE);
            if (quoteEnd < m.end()) { // a very long sentence: quote the mention's neighbourhood instead
                quoteStart = Math.max(sentence[0], m.start() - MAX_QUOTE / 2);
                quoteEnd = Math.min(sentence[1], quoteStart + MAX_QUOTE);
            }
            String quote = article.text().substring(quoteStart, quoteEnd);
            String subject = m.quantity().unit();
            FactKey key = FactKey.of(m.predicate(), slug(subject));
            String claimId = claimId(article.articleId(), m.start(), m.end(), m.ruleId());
            Provenance provenance = new Provenance(article.articleId(), article.outlet(), article.url(), quoteStart, quoteEnd,
                    quote, m.ruleId(), VERSION, 0.6);
            claims.add(new ClaimExtracted(claimId, key, subject, m.predicate(), ClaimValue.of(m.quantity()), asOf,
                    attribution(quote), provenance, now));
        }
        return claims;
    }

    /** The value holds as of the publication day; unknown when the date is unknown. */
    static TimeInterval publicationDay(Instant publishedAt) {
        if (publishedAt == null) {
            return null;
        }
        Instant day = publishedAt.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        return new TimeInterval(day.atZone(ZoneOffset.UTC).toLocalDate().toString(), Precision.DAY, day,
                day.plus(1, ChronoUnit.DAYS));
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
