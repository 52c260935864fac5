package org.factline.extraction.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages the extractor knows (rules/languages.tsv) and one {@link ClaimExtractor} per
 * language with complete rules, built on first use. A planned or unknown language has no
 * extractor: its articles yield no claims, which callers report rather than fail on.
 */
public final class Languages {

    private final Map<String, String> status;
    private final String fallback;
    private final Map<String, ClaimExtractor> extractors = new ConcurrentHashMap<>();

    private Languages(Map<String, String> status, String fallback) {
        this.status = Map.copyOf(status);
        this.fallback = fallback;
    }

    /** {@code fallback} is used for articles whose language is not known. */
    public static Languages load(String fallback) {
        Map<String, String> status = new HashMap<>();
        RuleSet.read("rules/languages.tsv", 2, c -> status.put(c.get(0), c.get(1)));
        return new Languages(status, fallback.toLowerCase(Locale.ROOT));
    }

    /** The language an article is extracted as: its own, else the fallback. */
    public String resolve(String language) {
        return language == null || language.isBlank() ? fallback : language.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code complete}, {@code planned}, or {@code unknown}. */
    public String status(String language) {
        return status.getOrDefault(resolve(language), "unknown");
    }

    public Optional<ClaimExtractor> extractor(String language) {
        String lang = resolve(language);
        if (!"complete".equals(status.get(lang))) {
            return Optional.empty();
        }
        return Optional.of(extractors.computeIfAbsent(lang, l -> new ClaimExtractor(RuleSet.load(l))));
    }

    /** Why an article in this language yields no claims, for logs and the CLI. */
    public String noRulesMessage(String language) {
        String lang = resolve(language);
        return "language '" + lang + "' has no extraction rules" + ("planned".equals(status.get(lang)) ? " yet (planned)" : "")
                + ": no claims";
    }
}
