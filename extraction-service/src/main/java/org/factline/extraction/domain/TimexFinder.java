package org.factline.extraction.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.contracts.value.TimeInterval;

/**
 * Finds TIMEX3 expressions with the rules in {@link DateRules}: every rule is matched, overlaps
 * are settled by length then rule order, and each survivor is resolved against the document
 * creation time (DCT, may be null). Links and image markup are masked first, so "uploads/2025/09"
 * in an image URL is not a date.
 */
public final class TimexFinder {

    private static final Pattern MASK = Pattern.compile("!?\\[[^\\]\\n]*]\\([^)\\s]*\\)|https?://\\S+|www\\.\\S+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+|['’]\\p{L}+");
    private static final int TENSE_WINDOW = 12;

    private final DateRules rules;
    private final TimexResolver resolver;

    public TimexFinder(DateRules rules) {
        this.rules = rules;
        this.resolver = new TimexResolver(rules);
    }

    private record Candidate(int start, int end, int ruleIndex, Timex timex) {
    }

    public List<Timex> find(String text, LocalDate dct) {
        List<int[]> masked = masked(text);
        List<Candidate> candidates = new ArrayList<>();
        for (int r = 0; r < rules.rules().size(); r++) {
            DateRules.DateRule rule = rules.rules().get(r);
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || overlapsAny(masked, m.start(), m.end())) {
                    continue;
                }
                TimexResolver.Resolution res = resolver.resolve(rule, m, dct, futureContext(text, m.start()));
                if (res != null) {
                    candidates.add(new Candidate(m.start(), m.end(), r, timex(text, m.start(), m.end(), rule, res, dct)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
                .thenComparingInt(Candidate::ruleIndex));
        List<Timex> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Candidate c : candidates) {
            if (c.start() >= coveredTo) {
                kept.add(c.timex());
                coveredTo = c.end();
            }
        }
        return kept;
    }

    private Timex timex(String text, int start, int end, DateRules.DateRule rule, TimexResolver.Resolution res, LocalDate dct) {
        TimeInterval interval = res.start() == null ? null
                : new TimeInterval(res.value(), res.precision(), instant(res.start()), instant(res.end()));
        Timex.Bound bound = boundBefore(text, start);
        return new Timex(start, end, text.substring(start, end), rule.type(), res.value(), interval, bound,
                bounded(interval, bound, dct), rule.id());
    }

    /** The interval after its modifier: "by Nov 11" ends with Nov 11; "since October" runs to the document date. */
    static TimeInterval bounded(TimeInterval interval, Timex.Bound bound, LocalDate dct) {
        if (interval == null || bound == Timex.Bound.NONE) {
            return interval;
        }
        return switch (bound) {
            case UPPER -> new TimeInterval(interval.timex(), interval.precision(), null, interval.end());
            case BEFORE -> new TimeInterval(interval.timex(), interval.precision(), null, interval.start());
            case AFTER -> new TimeInterval(interval.timex(), interval.precision(), interval.end(), null);
            case SINCE -> {
                java.time.Instant dctEnd = dct == null ? null : instant(dct.plusDays(1));
                yield new TimeInterval(interval.timex(), interval.precision(), interval.start(),
                        dctEnd != null && dctEnd.isAfter(interval.start()) ? dctEnd : null);
            }
            default -> interval;
        };
    }

    private Timex.Bound boundBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT).stripTrailing();
        for (DateRules.Modifier mod : rules.modifiers()) {
            if (before.endsWith(mod.phrase())) {
                int at = before.length() - mod.phrase().length();
                if (at == 0 || !Character.isLetter(before.charAt(at - 1))) {
                    return mod.bound();
                }
            }
        }
        return Timex.Bound.NONE;
    }

    /** A future cue ("will", "plans") among the few words before the expression, in the same sentence. */
    private boolean futureContext(String text, int start) {
        int sentenceStart = Sentences.around(text, start, start)[0];
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.substring(Math.min(sentenceStart, start), start));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - TENSE_WINDOW); i--) {
            if ("future".equals(rules.tenseCues().get(words.get(i)))) {
                return true;
            }
        }
        return false;
    }

    static java.time.Instant instant(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static List<int[]> masked(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = MASK.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    static boolean overlapsAny(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }
}
