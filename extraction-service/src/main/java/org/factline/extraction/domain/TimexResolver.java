package org.factline.extraction.domain;

import static org.factline.extraction.domain.CalendarValues.day;
import static org.factline.extraction.domain.CalendarValues.fullYear;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.factline.contracts.value.Precision;

/**
 * Turns the named groups of a date rule's match into a TIMEX3 value and the calendar interval it
 * denotes, relative to the document creation time (DCT). Without a DCT, anything relative stays
 * unresolved: its value keeps X placeholders and it has no interval, rather than a guess.
 * Durations and counts are read by {@link TimexAmounts}.
 */
final class TimexResolver {

    /** value always set; precision and [start, end) null when the expression is not an anchored date. */
    record Resolution(String value, Precision precision, LocalDate start, LocalDate end) {
        static Resolution unanchored(String value) {
            return new Resolution(value, null, null, null);
        }
    }

    /** The tense the words around an expression suggest. */
    enum Tense {
        PAST, FUTURE, NONE
    }

    /**
     * What a match is resolved against: the DCT, the tense around it, the last day named before it
     * ("the next day" follows from it) and a quarter named shortly before it ("a year earlier" in
     * an earnings report is that quarter a year before). {@code monthDirection} is set by "last"/
     * "next" before a month name (-1, 1; 0 for "this"; null when absent).
     */
    record Context(LocalDate dct, Tense tense, LocalDate lastDay, Resolution recentQuarter, Integer monthDirection) {

        Context(LocalDate dct, Tense tense, LocalDate lastDay, Resolution recentQuarter) {
            this(dct, tense, lastDay, recentQuarter, null);
        }

        Context withMonthDirection(int direction) {
            return new Context(dct, tense, lastDay, recentQuarter, direction);
        }
    }

    private final DateRules rules;
    private final TimexAmounts amounts;
    private final WordDates words;

    TimexResolver(DateRules rules) {
        this.rules = rules;
        this.amounts = new TimexAmounts(rules);
        this.words = new WordDates(rules);
    }

    /** Null when the match is not a real date (e.g. "February 30"). */
    Resolution resolve(RuleMatch m, Context c) {
        DateRules.DateRule rule = m.rule();
        LocalDate dct = c.dct();
        try {
            return switch (rule.resolver()) {
                case "calendar" -> words.calendar(m, c);
                case "numeric-pair" -> words.numericPair(m, c);
                case "nth-weekday" -> words.nthWeekday(m, dct);
                case "decade" -> decade(m);
                case "relative-day" -> dct == null ? Resolution.unanchored("XXXX-XX-XX") : day(dct.plusDays(Integer.parseInt(rule.param())));
                case "anchored-day" -> anchoredDay(Integer.parseInt(rule.param()), c);
                case "weekday" -> weekday(m, c);
                case "weekday-in-week" -> weekdayInWeek(m, dct);
                case "day-in-month" -> dayInMonth(m, dct);
                case "ago" -> amounts.ago(m, c, rule.param().equals("forward") ? 1 : -1);
                case "shift" -> shift(m, c);
                case "weekend" -> weekend(m, dct);
                case "quarter" -> quarter(rules.ordinals().get(m.lower("ord")), m, dct);
                case "season" -> words.season(m, c);
                case "holiday" -> words.holiday(m, c);
                case "reporting-quarter" -> reportingQuarter(c, rule.param().equals("latest"));
                case "year-earlier-quarter" -> yearEarlierQuarter(m, c);
                case "ref" -> rule.param().equals("PRESENT_REF") && dct != null
                        ? new Resolution("PRESENT_REF", Precision.DAY, dct, dct.plusDays(1)) : Resolution.unanchored(rule.param());
                case "part-of-day" -> partOfDay(m, c);
                case "clock" -> clock(m, c);
                case "duration" -> Resolution.unanchored(amounts.duration(m));
                case "set" -> Resolution.unanchored(rule.param().equals("-") ? set(amounts.unit(m.lower("unit"))) : rule.param());
                case "set-weekday" -> Resolution.unanchored("XXXX-WXX-" + rules.weekdays().get(m.lower("wd")));
                default -> throw new IllegalStateException("rule " + rule.id() + " names unknown resolver " + rule.resolver());
            };
        } catch (java.time.DateTimeException | NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static int shiftOf(String dir) {
        return dir == null ? 0 : switch (dir.replaceAll("\\s+", " ")) {
            case "last", "past", "previous", "the previous", "the past", "the last" -> -1;
            case "next", "coming", "following", "the next", "the coming", "the following" -> 1;
            default -> 0;
        };
    }

    /** "the next day": the day after the last day the text named, else after the DCT. */
    private static Resolution anchoredDay(int offset, Context c) {
        LocalDate base = c.lastDay() != null ? c.lastDay() : c.dct();
        return base == null ? Resolution.unanchored("XXXX-XX-XX") : day(base.plusDays(offset));
    }

    /** "friday of next week". */
    private Resolution weekdayInWeek(RuleMatch m, LocalDate dct) {
        int wd = rules.weekdays().get(m.lower("wd").replace(".", ""));
        if (dct == null) {
            return Resolution.unanchored("XXXX-WXX-" + wd);
        }
        return day(dct.with(DayOfWeek.MONDAY).plusWeeks(shiftOf(m.lower("dir"))).plusDays(wd - 1L));
    }

    /** "the 20th of next month"; a day the month lacks ("31st of this month" in November) stays unresolved. */
    private static Resolution dayInMonth(RuleMatch m, LocalDate dct) {
        int d = Integer.parseInt(m.group("d"));
        if (d < 1 || d > 31) {
            return null;
        }
        LocalDate month = dct == null ? null : dct.plusMonths(shiftOf(m.lower("dir")));
        if (month == null || d > month.lengthOfMonth()) {
            return Resolution.unanchored(String.format("XXXX-XX-%02d", d));
        }
        return day(month.withDayOfMonth(d));
    }

    private static Resolution decade(RuleMatch m) {
        int y = Integer.parseInt(m.group("y")) * 10;
        return new Resolution(m.group("y"), Precision.DECADE, LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1));
    }

    /**
     * A weekday: "last"/"next" say which; otherwise a future cue sends it forward and anything
     * else means the most recent one (news reports the past), the DCT's own day included.
     */
    LocalDate weekdayDate(String wdWord, String dir, LocalDate dct, Tense tense) {
        DayOfWeek target = DayOfWeek.of(rules.weekdays().get(wdWord.replace(".", "")));
        if (dir == null) {
            return tense == Tense.FUTURE ? dct.with(TemporalAdjusters.nextOrSame(target)) : dct.with(TemporalAdjusters.previousOrSame(target));
        }
        return switch (shiftOf(dir)) {
            case 1 -> dct.with(TemporalAdjusters.next(target));
            case 0 -> dct.with(DayOfWeek.MONDAY).plusDays(target.getValue() - 1L);
            default -> dct.with(TemporalAdjusters.previous(target));
        };
    }

    private Resolution weekday(RuleMatch m, Context c) {
        if (c.dct() == null) {
            return Resolution.unanchored("XXXX-WXX-" + rules.weekdays().get(m.lower("wd").replace(".", "")));
        }
        return day(weekdayDate(m.lower("wd"), m.lower("dir"), c.dct(), c.tense()));
    }

    private static Resolution shift(RuleMatch m, Context c) {
        String unit = m.lower("unit");
        LocalDate dct = c.dct();
        if (dct == null) {
            return Resolution.unanchored(switch (unit) {
                case "week" -> "XXXX-WXX";
                case "month" -> "XXXX-XX";
                case "quarter" -> "XXXX-QX";
                default -> "XXXX";
            });
        }
        int k = shiftOf(m.lower("dir"));
        return switch (unit) {
            case "week" -> CalendarValues.week(dct.plusWeeks(k));
            case "month" -> CalendarValues.month(dct.plusMonths(k));
            case "quarter" -> CalendarValues.quarterOf(dct.plusMonths(3L * k));
            default -> CalendarValues.year(dct.getYear() + k);
        };
    }

    /** "the year-earlier quarter": the quarter under discussion (or the one named), a year before. */
    private Resolution yearEarlierQuarter(RuleMatch m, Context c) {
        Integer ordinal = m.group("ord") == null ? null : rules.ordinals().get(m.lower("ord"));
        Resolution current = ordinal != null ? quarter(ordinal, m, c.dct()) : reportingQuarter(c, false);
        return current == null || current.start() == null ? Resolution.unanchored("XXXX-QX") : yearBefore(current);
    }

    /** The same quarter a year before: "third-quarter profit rose from a year earlier". */
    static Resolution yearBefore(Resolution quarter) {
        LocalDate start = quarter.start().minusYears(1);
        return CalendarValues.quarterOf(start);
    }

    /**
     * "the quarter": the quarter the text named just before, else the last one completed; "the
     * latest quarter" is always the last one completed (results are reported after a quarter ends).
     */
    private static Resolution reportingQuarter(Context c, boolean latest) {
        if (c.recentQuarter() != null && !latest) {
            return c.recentQuarter();
        }
        return c.dct() == null ? Resolution.unanchored("XXXX-QX") : CalendarValues.quarterOf(c.dct().minusMonths(3));
    }

    private static Resolution weekend(RuleMatch m, LocalDate dct) {
        if (dct == null) {
            return Resolution.unanchored("XXXX-WXX-WE");
        }
        String dir = m.lower("dir");
        LocalDate saturday = switch (dir) {
            case "next", "coming" -> dct.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
            case "this" -> dct.with(DayOfWeek.SATURDAY);
            // "the weekend" in news is the one just past, or the current one on a Saturday or Sunday.
            default -> dct.getDayOfWeek() == DayOfWeek.SUNDAY ? dct.minusDays(1) : dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        };
        return new Resolution(CalendarValues.weekValue(saturday) + "-WE", Precision.WEEK, saturday, saturday.plusDays(2));
    }

    private static String set(DateRules.TimeUnitWord unit) {
        return (unit.clock() ? "PT1" : "P1") + unit.timex();
    }

    private static Resolution quarter(Integer ordinal, RuleMatch m, LocalDate dct) {
        if (ordinal == null || ordinal < 1 || ordinal > 4) {
            return null;
        }
        Integer year = fullYear(m.group("y"));
        if (year == null && m.group("ydir") != null && dct != null) {
            year = dct.getYear() + shiftOf(m.lower("ydir"));
        }
        if (year == null) {
            if (dct == null) {
                return Resolution.unanchored("XXXX-Q" + ordinal);
            }
            year = ordinal > dct.get(IsoFields.QUARTER_OF_YEAR) ? dct.getYear() - 1 : dct.getYear();
        }
        return CalendarValues.quarter(year, ordinal);
    }

    /** The day a time of day or a part of day falls on: its weekday or relative-day word, else the DCT. */
    private LocalDate baseDay(RuleMatch m, Context c) {
        if (c.dct() == null) {
            return null;
        }
        if (m.group("wd") != null) {
            return weekdayDate(m.lower("wd"), m.lower("dir"), c.dct(), c.tense());
        }
        return c.dct().plusDays(m.rule().param().startsWith("-1") ? -1 : m.rule().param().startsWith("1") ? 1 : 0);
    }

    /** "this morning", "last night", "Thursday evening": the day's value with T and the part of day. */
    private Resolution partOfDay(RuleMatch m, Context c) {
        String[] p = m.rule().param().split(":");
        String part = p[1].equals("*") ? rules.partsOfDay().get(m.lower("part")) : p[1];
        LocalDate d = baseDay(m, c);
        if (d == null) {
            return Resolution.unanchored("XXXX-XX-XXT" + part);
        }
        return new Resolution(d + "T" + part, Precision.HOUR, d, d.plusDays(1));
    }

    /** "10:35 a.m.", "6 p.m.", "noon": a clock time on the DCT's day (or its weekday's). */
    private Resolution clock(RuleMatch m, Context c) {
        String time;
        if (!m.rule().param().equals("-")) {
            time = m.rule().param();
        } else {
            BigDecimal hours = amounts.count(m.group("h"));
            if (hours == null || hours.scale() > 0) {
                return null;
            }
            int h = hours.intValueExact();
            int min = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
            String ap = m.lower("ap");
            if (h > 24 || min > 59 || ap != null && (h == 0 || h > 12)) {
                return null;
            }
            if (ap != null && ap.startsWith("p") && h < 12) {
                h += 12;
            } else if (ap != null && ap.startsWith("a") && h == 12) {
                h = 0;
            }
            time = String.format("%02d:%02d", h, min);
        }
        LocalDate d = baseDay(m, c);
        if (d == null) {
            return Resolution.unanchored("XXXX-XX-XXT" + time);
        }
        return new Resolution(d + "T" + time, Precision.DAY, d, d.plusDays(1));
    }
}
