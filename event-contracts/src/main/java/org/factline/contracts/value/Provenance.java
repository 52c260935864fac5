package org.factline.contracts.value;

import java.util.Objects;

/**
 * Where a claim came from: the article, the outlet, the exact quote and its character span in
 * the article text, and which rule of which extractor version produced it. {@code copyOf} is the
 * id of the original article when ingest linked this one as a near copy (a syndicated wire story),
 * else null; claims-service counts an original and its copies as one source. Added to v1 as an
 * optional field: older payloads without it read as null.
 */
public record Provenance(
        String articleId,
        String outlet,
        String url,
        int quoteStart,
        int quoteEnd,
        String quote,
        String ruleId,
        String extractorVersion,
        double confidence,
        String copyOf) {

    public Provenance {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        if (quoteStart < 0 || quoteEnd < quoteStart) {
            throw new IllegalArgumentException("bad quote span [" + quoteStart + ", " + quoteEnd + ")");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within [0, 1], got " + confidence);
        }
    }

    /** A claim from an article that is nobody's copy. */
    public Provenance(String articleId, String outlet, String url, int quoteStart, int quoteEnd, String quote,
            String ruleId, String extractorVersion, double confidence) {
        this(articleId, outlet, url, quoteStart, quoteEnd, quote, ruleId, extractorVersion, confidence, null);
    }
}
