package org.factline.extraction.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.contracts.value.Precision;
import org.factline.contracts.value.TimeInterval;

/**
 * Finds TIMEX3 expressions with the rules in {@link DateRules}: every rule is matched, overlaps
 * are settled by length then rule order, and the survivors are resolved in text order against
 * the document creation time (DCT, may be null), the tense around them and what the text named
 * before them ("the next day"). {@link TimexSpans} then joins times to their days and widens
 * spans over premodifiers. Links and image markup are masked first, so "uploads/2025/09" in an
 * image URL is not a date.
 */
public final class TimexFinder {

    private static final Pattern MASK = Pattern.compile("!?\\[[^\\]\\n]*]\\([^)\\s]*\\)|https?://\\S+|www\\.\\S+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+|['’]\\p{L}+");
    private static final int TENSE_WINDOW_BEFORE = 12;
    private static final int TENSE_WINDOW_AFTER = 4;
    /** How far back (in characters) a named quarter still anchors "a year earlier". */
    private static final int RECENT_QUARTER = 300;

    private final DateRules rules;
    private final TimexResolver resolver;
    private final TimexSpans spans;
    private final RuleScanner scanner;

    public TimexFinder(DateRules rules) {
        this.rules = rules;
        this.scanner = new RuleScanner(rules.rules());
        this.resolver = new TimexResolver(rules);
        this.spans = new TimexSpans(rules);
    }

    /** A timex before its modifiers are settled: span, type and resolution may still change. */
    static final class Draft {
        int start;
        int end;
        String type;
        String value;
        TimexResolver.Resolution resolution;
        final String ruleId;

        Draft(int start, int end, String type, TimexResolver.Resolution resolution, String ruleId) {
            this.start = start;
            this.end = end;
            this.type = type;
            this.value = resolution.value();
            this.resolution = resolution;
            this.ruleId = ruleId;
        }
    }

    public List<Timex> find(String text, LocalDate dct) {
        List<int[]> masked = masked(text);
        List<RuleMatch> candidates = scanner.scan(text, masked);
        // A stable sort: at equal start and length the earlier rule (added first) stays first.
        candidates.sort(Comparator.comparingInt(RuleMatch::start).thenComparing(Comparator.comparingInt(RuleMatch::length).reversed()));
        List<Draft> kept = new ArrayList<>();
        int coveredTo = -1;
        LocalDate lastDay = null;
        TimexResolver.Resolution lastQuarter = null;
        int lastQuarterEnd = -1;
        for (RuleMatch c : candidates) {
            if (c.start() < coveredTo) {
                continue;
            }
            TimexResolver.Resolution recent = lastQuarter != null && c.start() - lastQuarterEnd < RECENT_QUARTER ? lastQuarter : null;
            TimexResolver.Context context = new TimexResolver.Context(dct, tense(text, c.start(), c.end()), lastDay, recent);
            TimexResolver.Resolution res = resolver.resolve(c, context);
            if (res == null) {
                continue;
            }
            kept.add(new Draft(c.start(), c.end(), c.rule().type(), res, c.rule().id()));
            coveredTo = c.end();
            if (res.precision() == Precision.DAY && c.rule().type().equals("DATE")) {
                lastDay = res.start();
            } else if (res.precision() == Precision.QUARTER && c.rule().resolver().equals("quarter")) {
                lastQuarter = res;
                lastQuarterEnd = c.end();
            }
        }
        spans.settle(text, kept);
        List<Timex> out = new ArrayList<>(kept.size());
        for (Draft d : kept) {
            out.add(timex(text, d, dct));
        }
        return out;
    }

    /** Where a word or number starts: the only places a date rule may match (see DateRules). */
    static int[] wordStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && (i == 0 || !isWordGlue(text.charAt(i - 1)))) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    private static boolean isWordGlue(char c) {
        return Character.isLetterOrDigit(c) || c == ',' || c == '.';
    }

    private Timex timex(String text, Draft d, LocalDate dct) {
        TimexResolver.Resolution res = d.resolution;
        TimeInterval interval = res.start() == null ? null
                : new TimeInterval(d.value, res.precision(), instant(res.start()), instant(res.end()));
        Timex.Bound bound = boundBefore(text, d.start);
        return new Timex(d.start, d.end, text.substring(d.start, d.end), d.type, d.value, interval, bound,
                bounded(interval, bound, dct), d.ruleId);
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

    /**
     * The tense of the expression's clause: the nearest cue among the few words before it in the
     * same sentence, else among the few words after it ("Monday's vote will ..."). Words ending in
     * "-ed" that are not cues themselves count as past.
     */
    private TimexResolver.Tense tense(String text, int start, int end) {
        int[] sentence = Sentences.around(text, start, end);
        List<String> before = words(text, Math.min(sentence[0], start), start);
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - TENSE_WINDOW_BEFORE); i--) {
            TimexResolver.Tense t = cue(before.get(i));
            if (t != TimexResolver.Tense.NONE) {
                return t;
            }
        }
        List<String> after = words(text, end, Math.max(end, sentence[1]));
        for (int i = 0; i < Math.min(after.size(), TENSE_WINDOW_AFTER); i++) {
            TimexResolver.Tense t = cue(after.get(i));
            if (t != TimexResolver.Tense.NONE) {
                return t;
            }
        }
        return TimexResolver.Tense.NONE;
    }

    /** A word as written: "-ed" counts only in lower case, so "United" is a name, not a past tense. */
    private TimexResolver.Tense cue(String word) {
        String tense = rules.tenseCues().get(word.toLowerCase(Locale.ROOT));
        if (tense != null) {
            return tense.equals("future") ? TimexResolver.Tense.FUTURE : TimexResolver.Tense.PAST;
        }
        return word.length() > 4 && word.endsWith("ed") && Character.isLowerCase(word.charAt(0))
                ? TimexResolver.Tense.PAST : TimexResolver.Tense.NONE;
    }

    private static List<String> words(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            words.add(m.group().replace('’', '\''));
        }
        return words;
    }

    static java.time.Instant instant(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static List<int[]> masked(String text) {
        // Every mask contains one of these, and most texts have none: no need to search then.
        if (text.indexOf("](") < 0 && text.indexOf("://") < 0 && text.indexOf("www.") < 0) {
            return List.of();
        }
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
