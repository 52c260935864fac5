package org.factline.extraction.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.factline.contracts.value.Precision;

/**
 * Turns the named groups of a date rule's match into a TIMEX3 value and the calendar interval it
 * denotes, relative to the document creation time (DCT). Without a DCT, anything relative stays
 * unresolved: its value keeps X placeholders and it has no interval, rather than a guess.
 */
final class TimexResolver {

    /** value always set; precision and [start, end) null when the expression is not an anchored date. */
    record Resolution(String value, Precision precision, LocalDate start, LocalDate end) {
        static Resolution unanchored(String value) {
            return new Resolution(value, null, null, null);
        }
    }

    private static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");

    private final DateRules rules;

    TimexResolver(DateRules rules) {
        this.rules = rules;
    }

    /** Null when the match is not a real date (e.g. "February 30"). */
    Resolution resolve(DateRules.DateRule rule, Matcher m, LocalDate dct, boolean futureContext) {
        try {
            return switch (rule.resolver()) {
                case "calendar" -> calendar(m, dct);
                case "decade" -> decade(m);
                case "relative-day" -> dct == null ? Resolution.unanchored("XXXX-XX-XX") : day(dct.plusDays(Integer.parseInt(rule.param())));
                case "weekday" -> weekday(m, dct, futureContext);
                case "weekday-in-week" -> weekdayInWeek(m, dct);
                case "day-in-month" -> dayInMonth(m, dct);
                case "ago" -> ago(m, dct, rule.param().equals("forward") ? 1 : -1);
                case "shift" -> shift(m, dct);
                case "weekend" -> weekend(m, dct);
                case "quarter" -> quarter(rules.ordinals().get(lower(m, "ord")), group(m, "y"), dct);
                case "ref" -> rule.param().equals("PRESENT_REF") && dct != null
                        ? new Resolution("PRESENT_REF", Precision.DAY, dct, dct.plusDays(1)) : Resolution.unanchored(rule.param());
                case "part-of-day" -> partOfDay(rule.param(), m, dct);
                case "duration" -> Resolution.unanchored(duration(m));
                case "set" -> Resolution.unanchored(rule.param().equals("-") ? "P1" + unit(m).timex() : rule.param());
                default -> throw new IllegalStateException("rule " + rule.id() + " names unknown resolver " + rule.resolver());
            };
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private Resolution calendar(Matcher m, LocalDate dct) {
        String mon = lower(m, "mon");
        Integer month = mon != null ? rules.months().get(mon.replace(".", "")) : group(m, "m") != null ? Integer.valueOf(group(m, "m")) : null;
        Integer day = group(m, "d") != null ? Integer.valueOf(group(m, "d")) : lower(m, "ord") != null ? rules.ordinals().get(lower(m, "ord")) : null;
        Integer year = year(group(m, "y"));
        if (month == null && day != null) {
            return dayOfMonth(day, dct);
        }
        if (month == null) {
            return year == null ? null : new Resolution(String.format("%04d", year), Precision.YEAR,
                    LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        if (year == null && dct == null) {
            LocalDate.of(2000, month, day == null ? 1 : day); // validates "February 30"; 2000 is a leap year
            return Resolution.unanchored(day == null ? String.format("XXXX-%02d", month) : String.format("XXXX-%02d-%02d", month, day));
        }
        if (year == null) {
            year = nearestYear(month, day == null ? 15 : day, dct);
        }
        if (day == null) {
            LocalDate first = LocalDate.of(year, month, 1);
            return new Resolution(String.format("%04d-%02d", year, month), Precision.MONTH, first, first.plusMonths(1));
        }
        return day(LocalDate.of(year, month, day));
    }

    /** "the 27th": the nearest date with that day of the month. */
    private static Resolution dayOfMonth(int day, LocalDate dct) {
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

    private static int shiftOf(String dir) {
        return dir == null ? 0 : switch (dir.replaceAll("\\s+", " ")) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
    }

    /** "friday of next week". */
    private Resolution weekdayInWeek(Matcher m, LocalDate dct) {
        int wd = rules.weekdays().get(lower(m, "wd"));
        if (dct == null) {
            return Resolution.unanchored("XXXX-WXX-" + wd);
        }
        return day(dct.with(DayOfWeek.MONDAY).plusWeeks(shiftOf(lower(m, "dir"))).plusDays(wd - 1L));
    }

    /** "the 20th of next month". */
    private static Resolution dayInMonth(Matcher m, LocalDate dct) {
        int d = Integer.parseInt(m.group("d"));
        if (dct == null) {
            return Resolution.unanchored(String.format("XXXX-XX-%02d", d));
        }
        return day(dct.plusMonths(shiftOf(lower(m, "dir"))).withDayOfMonth(d));
    }

    /** "November 16" without a year: the year that puts it closest to the document date. */
    private static int nearestYear(int month, int day, LocalDate dct) {
        int best = dct.getYear();
        long bestGap = Long.MAX_VALUE;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate candidate = LocalDate.of(y, month, Math.min(day, LocalDate.of(y, month, 1).lengthOfMonth()));
            long gap = Math.abs(candidate.toEpochDay() - dct.toEpochDay());
            if (gap < bestGap) {
                bestGap = gap;
                best = y;
            }
        }
        return best;
    }

    private static Integer year(String y) {
        if (y == null) {
            return null;
        }
        int v = Integer.parseInt(y);
        return y.length() == 2 ? (v > 30 ? 1900 + v : 2000 + v) : v;
    }

    private static Resolution decade(Matcher m) {
        int y = Integer.parseInt(m.group("y")) * 10;
        return new Resolution(m.group("y"), Precision.DECADE, LocalDate.of(y, 1, 1), LocalDate.of(y + 10, 1, 1));
    }

    private static Resolution day(LocalDate d) {
        return new Resolution(d.toString(), Precision.DAY, d, d.plusDays(1));
    }

    private Resolution weekday(Matcher m, LocalDate dct, boolean futureContext) {
        int wd = rules.weekdays().get(lower(m, "wd"));
        if (dct == null) {
            return Resolution.unanchored("XXXX-WXX-" + wd);
        }
        DayOfWeek target = DayOfWeek.of(wd);
        String dir = lower(m, "dir");
        LocalDate d;
        if (dir == null) {
            d = futureContext ? dct.with(TemporalAdjusters.next(target)) : dct.with(TemporalAdjusters.previousOrSame(target));
        } else if (dir.equals("next") || dir.equals("coming")) {
            d = dct.with(TemporalAdjusters.next(target));
        } else if (dir.equals("this")) {
            d = dct.with(DayOfWeek.MONDAY).plusDays(wd - 1L);
        } else {
            d = dct.with(TemporalAdjusters.previous(target));
        }
        return day(d);
    }

    private Resolution ago(Matcher m, LocalDate dct, int sign) {
        DateRules.TimeUnitWord unit = unit(m);
        BigDecimal n = group(m, "n") == null ? BigDecimal.ONE : count(m.group("n"));
        if (dct == null || unit.clock() || n == null || n.stripTrailingZeros().scale() > 0) {
            return Resolution.unanchored(sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        int k = -sign * n.intValueExact();
        return switch (unit.timex()) {
            case "D" -> day(dct.minusDays(k));
            case "W" -> day(dct.minusWeeks(k));
            case "M" -> month(dct.minusMonths(k));
            case "Q" -> quarterOf(dct.minusMonths(3L * k));
            case "DE" -> yearOf(dct.minusYears(10L * k));
            default -> yearOf(dct.minusYears(k));
        };
    }

    private Resolution shift(Matcher m, LocalDate dct) {
        String dir = lower(m, "dir");
        String unit = lower(m, "unit");
        if (dct == null) {
            return Resolution.unanchored(switch (unit) {
                case "week" -> "XXXX-WXX";
                case "month" -> "XXXX-XX";
                case "quarter" -> "XXXX-QX";
                default -> "XXXX";
            });
        }
        int k = shiftOf(dir);
        return switch (unit) {
            case "week" -> week(dct.plusWeeks(k));
            case "month" -> month(dct.plusMonths(k));
            case "quarter" -> quarterOf(dct.plusMonths(3L * k));
            default -> yearOf(dct.plusYears(k));
        };
    }

    private static Resolution weekend(Matcher m, LocalDate dct) {
        if (dct == null) {
            return Resolution.unanchored("XXXX-WXX-WE");
        }
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        LocalDate saturday = switch (dir) {
            case "next" -> dct.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
            case "this" -> dct.with(DayOfWeek.SATURDAY);
            // "the weekend" in news is the one just past, or the current one on a Saturday or Sunday.
            default -> dct.getDayOfWeek() == DayOfWeek.SUNDAY ? dct.minusDays(1) : dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        };
        return new Resolution(weekValue(saturday) + "-WE", Precision.WEEK, saturday, saturday.plusDays(2));
    }

    private static Resolution quarter(Integer ordinal, String y, LocalDate dct) {
        if (ordinal == null) {
            return null;
        }
        Integer year = year(y);
        if (year == null) {
            if (dct == null) {
                return Resolution.unanchored("XXXX-Q" + ordinal);
            }
            year = ordinal > dct.get(IsoFields.QUARTER_OF_YEAR) ? dct.getYear() - 1 : dct.getYear();
        }
        LocalDate first = LocalDate.of(year, 3 * ordinal - 2, 1);
        return new Resolution(year + "-Q" + ordinal, Precision.QUARTER, first, first.plusMonths(3));
    }

    private static Resolution partOfDay(String param, Matcher m, LocalDate dct) {
        String[] p = param.split(":");
        String part = p[1].equals("*") ? PARTS_OF_DAY.get(lower(m, "part")) : p[1];
        if (dct == null) {
            return Resolution.unanchored("XXXX-XX-XXT" + part);
        }
        LocalDate d = dct.plusDays(Integer.parseInt(p[0]));
        return new Resolution(d + "T" + part, Precision.HOUR, d, d.plusDays(1));
    }

    private String duration(Matcher m) {
        DateRules.TimeUnitWord unit = unit(m);
        String n = "X";
        if (group(m, "n") != null) {
            BigDecimal count = count(m.group("n"));
            n = count == null ? "X" : NumberReader.plain(count).toPlainString();
        }
        return (unit.clock() ? "PT" : "P") + n + unit.timex();
    }

    private DateRules.TimeUnitWord unit(Matcher m) {
        String u = lower(m, "unit");
        DateRules.TimeUnitWord unit = rules.units().get(u.endsWith("s") && !rules.units().containsKey(u) ? u.substring(0, u.length() - 1) : u);
        if (unit == null) {
            throw new NumberFormatException("no time unit " + u);
        }
        return unit;
    }

    private BigDecimal count(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return BigDecimal.ONE;
        }
        List<Token> tokens = Token.tokenize(w.replace('-', ' ').replace(" and ", " "));
        NumberReader.Read read = tokens.isEmpty() ? null : rules.numbers().read(tokens, 0);
        return read == null || read.tokens() != tokens.size() ? null : read.value();
    }

    private static Resolution month(LocalDate d) {
        LocalDate first = d.withDayOfMonth(1);
        return new Resolution(String.format("%04d-%02d", d.getYear(), d.getMonthValue()), Precision.MONTH, first, first.plusMonths(1));
    }

    private static Resolution yearOf(LocalDate d) {
        LocalDate first = d.withDayOfYear(1);
        return new Resolution(String.format("%04d", d.getYear()), Precision.YEAR, first, first.plusYears(1));
    }

    private static Resolution quarterOf(LocalDate d) {
        return quarter(d.get(IsoFields.QUARTER_OF_YEAR), String.valueOf(d.getYear()), d);
    }

    private static Resolution week(LocalDate d) {
        LocalDate monday = d.with(DayOfWeek.MONDAY);
        return new Resolution(weekValue(monday), Precision.WEEK, monday, monday.plusWeeks(1));
    }

    private static String weekValue(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }

    private static String lower(Matcher m, String name) {
        String g = group(m, name);
        return g == null ? null : g.toLowerCase(Locale.ROOT);
    }
}
