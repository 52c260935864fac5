package org.factline.extraction.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Settles the spans of resolved timexes: a time of day joins the day next to it ("10 p.m.
 * Wednesday" is one TIME on that Wednesday), premodifiers from timex-premodifiers.tsv join the
 * timex they precede ("early 1990", "nearly forty years"), and a parenthesis opened inside a
 * timex is closed by it ("friday (jun-15)").
 */
final class TimexSpans {

    /** Between a time and its day: a space or comma, "on", or a time zone ("5 p.m. EST Nov. 9"). */
    private static final Pattern TIME_THEN_DAY = Pattern.compile(",?\\s+(?:on\\s+)?(?:\\p{Lu}{1,2}[SD]?T,?\\s+)?");
    private static final Pattern DAY_THEN_TIME = Pattern.compile(",?\\s+");
    private static final Pattern DAY_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-(?:\\d{2}|XX)-(?:\\d{2}|XX)|XXXX-WXX-\\d");
    private static final Pattern TIME_VALUE = Pattern.compile("(?:\\d{4}-\\d{2}-\\d{2}|XXXX-XX-XX)(T.+)");

    private final DateRules rules;

    TimexSpans(DateRules rules) {
        this.rules = rules;
    }

    void settle(String text, List<TimexFinder.Draft> drafts) {
        joinTimesToDays(text, drafts);
        for (int i = 0; i < drafts.size(); i++) {
            TimexFinder.Draft d = drafts.get(i);
            int floor = i == 0 ? 0 : drafts.get(i - 1).end;
            d.start = premodifiedStart(text, d, floor);
            closeParenthesis(text, d);
        }
    }

    private static void joinTimesToDays(String text, List<TimexFinder.Draft> drafts) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            TimexFinder.Draft a = drafts.get(i);
            TimexFinder.Draft b = drafts.get(i + 1);
            TimexFinder.Draft time = a.type.equals("TIME") ? a : b;
            TimexFinder.Draft day = time == a ? b : a;
            var t = TIME_VALUE.matcher(time.value);
            if (time == day || !day.type.equals("DATE") || !DAY_VALUE.matcher(day.value).matches() || !t.matches()) {
                continue;
            }
            String gap = text.substring(a.end, b.start);
            if ((time == a ? TIME_THEN_DAY : DAY_THEN_TIME).matcher(gap).matches()) {
                String dayValue = day.value.startsWith("XXXX-WXX") ? "XXXX-XX-XX" : day.value;
                a.end = b.end;
                a.type = "TIME";
                a.value = dayValue + t.group(1);
                a.resolution = new TimexResolver.Resolution(a.value, day.resolution.precision(), day.resolution.start(),
                        day.resolution.end());
                drafts.remove(i + 1);
            }
        }
    }

    /** The start after any premodifiers that may precede this type, never reaching into the previous timex. */
    private int premodifiedStart(String text, TimexFinder.Draft d, int floor) {
        int start = d.start;
        boolean widened = true;
        while (widened) {
            widened = false;
            String before = text.substring(Math.max(floor, start - 24), start).toLowerCase(Locale.ROOT);
            String trimmed = before.stripTrailing();
            for (DateRules.Premodifier p : rules.premodifiers()) {
                boolean glued = p.phrase().endsWith("-");
                String tail = glued ? before : trimmed;
                if (p.types().contains(d.type) && tail.endsWith(p.phrase()) && (glued || trimmed.length() < before.length())) {
                    int at = tail.length() - p.phrase().length();
                    if (at == 0 && start - before.length() > floor || at > 0 && Character.isLetterOrDigit(tail.charAt(at - 1))) {
                        continue;
                    }
                    start = start - before.length() + at;
                    widened = true;
                    break;
                }
            }
        }
        return start;
    }

    private static void closeParenthesis(String text, TimexFinder.Draft d) {
        String span = text.substring(d.start, d.end);
        if (span.indexOf('(') >= 0 && span.indexOf(')') < 0 && d.end < text.length() && text.charAt(d.end) == ')') {
            d.end++;
        }
    }
}
