package org.factline.extraction.domain;

import static org.factline.extraction.domain.CalendarValues.day;
import static org.factline.extraction.domain.CalendarValues.fullYear;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.factline.extraction.domain.TimexResolver.Resolution;

/**
 * Calendar dates from their parts as written: month names or numbers, days as digits, ordinals or
 * words ("may twenty one"), years as digits or words ("nineteen seventy-eight"), numeric pairs
 * ("4/22", "22/04") and "the first friday of july". A missing year comes from the DCT and the
 * tense; without a DCT the value keeps X placeholders.
 */
final class WordDates {

    private final DateRules rules;
    private final TimexAmounts amounts;

    WordDates(DateRules rules) {
        this.rules = rules;
        this.amounts = new TimexAmounts(rules);
    }

    Resolution calendar(RuleMatch m, TimexResolver.Context c) {
        if (m.group("mdir") != null) {
            c = c.withMonthDirection(direction(m.lower("mdir")));
        }
        Integer month = month(m);
        Integer day = dayOf(m);
        Integer year = year(m, c.dct());
        if (month == null && day != null) {
            return dayOfMonth(day, c.dct());
        }
        if (month == null) {
            return year == null ? null : CalendarValues.year(year);
        }
        return monthDay(month, day, year, c);
    }

    private Resolution monthDay(int month, Integer day, Integer year, TimexResolver.Context c) {
        LocalDate dct = c.dct();
        if (year == null && dct != null && c.monthDirection() != null) {
            year = dct.getYear() + switch (c.monthDirection()) {
                case -1 -> month < dct.getMonthValue() ? 0 : -1;
                case 1 -> month > dct.getMonthValue() ? 0 : 1;
                default -> 0;
            };
        }
        LocalDate.of(2000, month, day == null ? 1 : day); // validates "February 30"; 2000 is a leap year
        if (year == null && dct == null) {
            return Resolution.unanchored(day == null ? String.format("XXXX-%02d", month) : String.format("XXXX-%02d-%02d", month, day));
        }
        if (year == null) {
            year = CalendarValues.yearFor(month, day == null ? 0 : day, dct, c.tense());
        }
        return day == null ? CalendarValues.month(LocalDate.of(year, month, 1)) : day(LocalDate.of(year, month, day));
    }

    private Integer month(RuleMatch m) {
        String mon = m.lower("mon");
        if (mon != null) {
            return rules.months().get(mon.replace(".", ""));
        }
        return m.group("m") != null ? Integer.valueOf(m.group("m")) : null;
    }

    private Integer dayOf(RuleMatch m) {
        if (m.group("d") != null) {
            return Integer.valueOf(m.group("d"));
        }
        if (m.group("ord") != null) {
            return rules.ordinals().get(m.lower("ord").replaceAll("[\\s-]+", " "));
        }
        if (m.group("dw") != null) {
            BigDecimal n = amounts.count(m.group("dw"));
            return n == null ? null : n.intValueExact();
        }
        return null;
    }

    /** Digits ("2025", "'89" is not read here), or words: "nineteen seventy-eight", "two thousand and eighteen". */
    private Integer year(RuleMatch m, LocalDate dct) {
        if (m.group("y") != null) {
            return fullYear(m.group("y"));
        }
        String words = m.lower("yw");
        if (words != null) {
            return yearWords(words);
        }
        String dir = m.lower("ydir");
        if (dir != null) {
            return dct == null ? null : dct.getYear() + TimexResolver.shiftOf(dir);
        }
        return null;
    }

    /** "two thousand and eighteen" reads as a number; "nineteen seventy-eight" is a century and a two-digit year. */
    Integer yearWords(String words) {
        String w = words.replace('-', ' ').strip();
        BigDecimal whole = amounts.count(w);
        if (whole != null && whole.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return whole.intValueExact();
        }
        String[] parts = w.split("\\s+", 2);
        BigDecimal century = amounts.count(parts[0]);
        if (century == null || parts.length < 2) {
            return null;
        }
        BigDecimal rest = amounts.count(parts[1]);
        if (rest == null) { // "nineteen oh one": the filler word is not a number
            String[] tail = parts[1].split("\\s+", 2);
            rest = tail.length < 2 ? null : amounts.count(tail[1]);
        }
        return rest == null ? null : century.intValueExact() * 100 + rest.intValueExact();
    }

    /** "the 27th": the nearest date with that day of the month. */
    private static Resolution dayOfMonth(int day, LocalDate dct) {
        if (day < 1 || day > 31) {
            return null;
        }
        if (dct == null) {
            return Resolution.unanchored(String.format("XXXX-XX-%02d", day));
        }
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            LocalDate month = dct.plusMonths(k).withDayOfMonth(1);
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.withDayOfMonth(day);
                if (best == null || Math.abs(candidate.toEpochDay() - dct.toEpochDay()) < Math.abs(best.toEpochDay() - dct.toEpochDay())) {
                    best = candidate;
                }
            }
        }
        return best == null ? null : day(best);
    }

    /** "4/22" or "22/04": month first when it can be, else day first. */
    Resolution numericPair(RuleMatch m, TimexResolver.Context c) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        Integer year = year(m, c.dct());
        boolean monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        boolean dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= 31;
        if (!monthFirst && !dayFirst) {
            return null;
        }
        return monthDay(monthFirst ? a : b, monthFirst ? b : a, year, c);
    }

    /** "the first friday of july", "second sunday" (of the DCT's month), "the last monday of next month". */
    Resolution nthWeekday(RuleMatch m, LocalDate dct) {
        String ord = m.lower("ord").replaceAll("[\\s-]+", " ");
        int wd = rules.weekdays().get(m.lower("wd").replace(".", ""));
        Integer n = ord.equals("last") ? Integer.valueOf(-1) : rules.ordinals().get(ord);
        Integer month = month(m);
        Integer year = year(m, dct);
        if (n == null || n > 5) {
            return null;
        }
        if (dct == null && (year == null || month == null)) {
            return Resolution.unanchored("XXXX-" + (month == null ? "XX" : String.format("%02d", month)) + "-WXX-" + wd);
        }
        LocalDate first;
        if (month == null) {
            first = dct.plusMonths(TimexResolver.shiftOf(m.lower("dir"))).withDayOfMonth(1);
        } else {
            first = LocalDate.of(year != null ? year : CalendarValues.yearFor(month, 0, dct, TimexResolver.Tense.NONE), month, 1);
        }
        DayOfWeek target = DayOfWeek.of(wd);
        LocalDate d = n < 0 ? first.with(TemporalAdjusters.lastInMonth(target)) : first.with(TemporalAdjusters.dayOfWeekInMonth(n, target));
        return d.getMonthValue() == first.getMonthValue() ? day(d) : Resolution.unanchored(String.format("XXXX-%02d-XX", first.getMonthValue()));
    }

    /** "last May" is the last May before this month; "this September" is this year's; "next March" the coming one. */
    private static int direction(String mdir) {
        String d = mdir.replaceAll("\\s+", " ");
        return d.equals("last") || d.equals("this past") ? -1 : d.equals("next") || d.equals("this coming") ? 1 : 0;
    }

    /** "last fall", "this summer", "the winter of 1994": YYYY-SU style values, without an interval. */
    Resolution season(RuleMatch m, TimexResolver.Context c) {
        DateRules.Season season = rules.seasons().get(m.lower("season"));
        Integer year = year(m, c.dct());
        if (year == null && c.dct() != null) {
            int dctMonth = c.dct().getMonthValue();
            String dir = m.group("mdir") == null ? "the" : m.lower("mdir").replaceAll("\\s+", " ");
            int y = c.dct().getYear();
            boolean begun = season.firstMonth() <= dctMonth;
            boolean over = season.firstMonth() + 3 <= dctMonth;
            year = switch (dir) {
                case "last", "this past" -> over ? y : y - 1;
                case "next", "this coming" -> begun ? y + 1 : y;
                case "this" -> y;
                default -> c.tense() == TimexResolver.Tense.FUTURE ? (begun ? y + 1 : y) : c.tense() == TimexResolver.Tense.PAST && !begun ? y - 1 : y;
            };
        }
        return Resolution.unanchored((year == null ? "XXXX" : String.format("%04d", year)) + "-" + season.timex());
    }

    /**
     * A holiday: param "MM-DD" for a fixed day ("12-25") or "MM:n:weekday" for the n-th weekday of
     * the month (n -1 for the last: Memorial Day is "05:-1:1"). Without a year, the occurrence
     * nearest the document date.
     */
    Resolution holiday(RuleMatch m, TimexResolver.Context c) {
        String param = m.rule().param();
        Integer year = year(m, c.dct());
        if (year == null && c.dct() == null) {
            return Resolution.unanchored(param.contains(":") ? "XXXX-" + param.substring(0, 2) + "-XX" : "XXXX-" + param);
        }
        if (param.contains(":")) {
            String[] p = param.split(":");
            int month = Integer.parseInt(p[0]);
            int y = year != null ? year : CalendarValues.yearFor(month, 15, c.dct(), c.tense());
            int n = Integer.parseInt(p[1]);
            DayOfWeek target = DayOfWeek.of(Integer.parseInt(p[2]));
            LocalDate first = LocalDate.of(y, month, 1);
            return day(n < 0 ? first.with(TemporalAdjusters.lastInMonth(target)) : first.with(TemporalAdjusters.dayOfWeekInMonth(n, target)));
        }
        int month = Integer.parseInt(param.substring(0, 2));
        int d = Integer.parseInt(param.substring(3));
        return day(LocalDate.of(year != null ? year : CalendarValues.yearFor(month, d, c.dct(), c.tense()), month, d));
    }
}
