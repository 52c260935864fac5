package org.factline.extraction.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of time: durations ("two years" P2Y, "1 month 21 days" P1M21D) and dates that count
 * from the document date ("a week ago", "three weeks from tomorrow", "two sundays from now").
 */
final class TimexAmounts {

    /** Words between the pairs of a compound amount ("two years and six months", "two more weeks"). */
    private static final Pattern CONNECTIVES = Pattern.compile("(?i)\\b(?:and|more|additional|further)\\b|,");

    private final DateRules rules;
    private final Pattern amount;

    TimexAmounts(DateRules rules) {
        this.rules = rules;
        String units = rules.units().keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        // One "count unit" pair of a compound amount; counts in words are read by the NumberReader.
        this.amount = Pattern.compile("(?<n>\\d+(?:\\.\\d+)?|\\p{L}+(?:[\\s-]+\\p{L}+)*?)?[\\s-]*(?<unit>(?:" + units + "))s?(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    DateRules.TimeUnitWord unit(String u) {
        DateRules.TimeUnitWord unit = rules.units().get(u);
        if (unit == null && u.endsWith("s")) {
            unit = rules.units().get(u.substring(0, u.length() - 1));
        }
        if (unit == null) {
            throw new NumberFormatException("no time unit " + u);
        }
        return unit;
    }

    /** The (count, unit) pairs of the match's {@code n}/{@code unit} groups, or of its {@code amount} group when compound. */
    private Map<DateRules.TimeUnitWord, BigDecimal> pairs(RuleMatch m, BigDecimal unstated) {
        Map<DateRules.TimeUnitWord, BigDecimal> out = new LinkedHashMap<>();
        String compound = m.group("amount");
        if (compound == null) {
            BigDecimal n = m.group("n") == null ? unstated : count(m.group("n"));
            out.put(unit(m.lower("unit")), n);
            return out;
        }
        Matcher p = amount.matcher(CONNECTIVES.matcher(compound).replaceAll(" "));
        while (p.find()) {
            BigDecimal n = p.group("n") == null ? BigDecimal.ONE : count(p.group("n").strip());
            if (n == null) {
                throw new NumberFormatException("not a count: " + p.group("n"));
            }
            out.merge(unit(p.group("unit").toLowerCase(java.util.Locale.ROOT)), n, BigDecimal::add);
        }
        return out;
    }

    /** "P2Y", "PT4H", "P1M21D"; X for a count the text leaves open ("several weeks" PXW). */
    String duration(RuleMatch m) {
        StringBuilder date = new StringBuilder("P");
        StringBuilder time = new StringBuilder();
        for (Map.Entry<DateRules.TimeUnitWord, BigDecimal> e : pairs(m, null).entrySet()) {
            String n = e.getValue() == null ? "X" : NumberReader.plain(e.getValue()).toPlainString();
            if (e.getKey().timex().equals("DE") && e.getValue() != null) {
                date.append(NumberReader.plain(e.getValue().multiply(BigDecimal.TEN)).toPlainString()).append('Y');
            } else {
                (e.getKey().clock() ? time : date).append(n).append(e.getKey().timex());
            }
        }
        return time.isEmpty() ? date.toString() : date + "T" + time;
    }

    /** sign -1 for "ago"/"earlier", +1 for "from now"/"later". */
    TimexResolver.Resolution ago(RuleMatch m, TimexResolver.Context c, int sign) {
        LocalDate dct = c.dct();
        String ref = sign < 0 ? "PAST_REF" : "FUTURE_REF";
        if (m.group("wd") != null) {
            return weekdaysAway(m, dct, sign);
        }
        Map<DateRules.TimeUnitWord, BigDecimal> pairs = pairs(m, BigDecimal.ONE);
        if (dct == null || pairs.values().stream().anyMatch(n -> n == null || n.stripTrailingZeros().scale() > 0)
                || pairs.keySet().stream().anyMatch(DateRules.TimeUnitWord::clock)) {
            return TimexResolver.Resolution.unanchored(ref);
        }
        LocalDate base = dct.plusDays(baseOffset(m.lower("base")));
        String finest = null;
        for (Map.Entry<DateRules.TimeUnitWord, BigDecimal> e : pairs.entrySet()) {
            long k = (long) sign * e.getValue().intValueExact();
            finest = e.getKey().timex();
            base = switch (finest) {
                case "D" -> base.plusDays(k);
                case "W" -> base.plusWeeks(k);
                case "M" -> base.plusMonths(k);
                case "Q" -> base.plusMonths(3 * k);
                case "DE" -> base.plusYears(10 * k);
                default -> base.plusYears(k);
            };
        }
        if (pairs.size() > 1 || m.group("base") != null) {
            return CalendarValues.day(base);
        }
        BigDecimal n = pairs.values().iterator().next();
        if (finest.equals("Y") && n.intValueExact() == 1 && sign < 0 && c.recentQuarter() != null) {
            return TimexResolver.yearBefore(c.recentQuarter());
        }
        return switch (finest) {
            case "D", "W" -> CalendarValues.day(base);
            case "M" -> CalendarValues.month(base);
            case "Q" -> CalendarValues.quarterOf(base);
            default -> CalendarValues.year(base.getYear());
        };
    }

    private static int baseOffset(String base) {
        return base == null ? 0 : base.startsWith("tom") || base.startsWith("tmr") ? 1 : base.startsWith("yes") ? -1 : 0;
    }

    /** "two sundays from now": the second Sunday after the DCT. */
    private TimexResolver.Resolution weekdaysAway(RuleMatch m, LocalDate dct, int sign) {
        BigDecimal n = m.group("n") == null ? BigDecimal.ONE : count(m.group("n"));
        int wd = rules.weekdays().get(m.lower("wd").replaceAll("s$", ""));
        if (dct == null || n == null) {
            return TimexResolver.Resolution.unanchored("XXXX-WXX-" + wd);
        }
        java.time.DayOfWeek target = java.time.DayOfWeek.of(wd);
        LocalDate first = dct.with(sign > 0 ? TemporalAdjusters.next(target) : TemporalAdjusters.previous(target));
        return CalendarValues.day(first.plusWeeks(sign * (n.intValueExact() - 1L)));
    }

    /** A count in digits or words ("a", "two", "twenty four"), or null when it is not one. */
    BigDecimal count(String words) {
        String w = words.toLowerCase(java.util.Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return BigDecimal.ONE;
        }
        List<Token> tokens = Token.tokenize(w.replace('-', ' ').replace(" and ", " "));
        NumberReader.Read read = tokens.isEmpty() ? null : rules.numbers().read(tokens, 0);
        return read == null || read.tokens() != tokens.size() ? null : read.value();
    }
}
