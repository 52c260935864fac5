package org.factline.extraction.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.factline.contracts.value.Precision;

/** TIMEX3 values and calendar intervals for days, weeks, months, quarters and years. */
final class CalendarValues {

    /** How far on the wrong side of the document date the nearest day may be before the tense overrules it. */
    private static final int TENSE_OVERRULES_DAYS = 90;

    private CalendarValues() {
    }

    static TimexResolver.Resolution day(LocalDate d) {
        return new TimexResolver.Resolution(d.toString(), Precision.DAY, d, d.plusDays(1));
    }

    static TimexResolver.Resolution month(LocalDate d) {
        LocalDate first = d.withDayOfMonth(1);
        return new TimexResolver.Resolution(String.format("%04d-%02d", d.getYear(), d.getMonthValue()), Precision.MONTH,
                first, first.plusMonths(1));
    }

    static TimexResolver.Resolution year(int y) {
        LocalDate first = LocalDate.of(y, 1, 1);
        return new TimexResolver.Resolution(String.format("%04d", y), Precision.YEAR, first, first.plusYears(1));
    }

    static TimexResolver.Resolution quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        return new TimexResolver.Resolution(year + "-Q" + quarter, Precision.QUARTER, first, first.plusMonths(3));
    }

    static TimexResolver.Resolution quarterOf(LocalDate d) {
        return quarter(d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
    }

    static TimexResolver.Resolution week(LocalDate d) {
        LocalDate monday = d.with(DayOfWeek.MONDAY);
        return new TimexResolver.Resolution(weekValue(monday), Precision.WEEK, monday, monday.plusWeeks(1));
    }

    static String weekValue(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A two-digit year: 31-99 are 19xx, 00-30 are 20xx. */
    static Integer fullYear(String y) {
        if (y == null) {
            return null;
        }
        int v = Integer.parseInt(y);
        return y.length() == 2 ? (v > 30 ? 1900 + v : 2000 + v) : v;
    }

    /**
     * The year of a month (and day; 0 for none) written without one. A bare month goes to its next
     * occurrence after a future cue and its last one after a past cue (the document's own month
     * counts as both); a day, or a month without a cue, is the occurrence nearest the document date,
     * unless that is a day months away on the side the tense rules out.
     */
    static int yearFor(int month, int day, LocalDate dct, TimexResolver.Tense tense) {
        int y = dct.getYear();
        int cmp = day == 0 ? Integer.compare(month, dct.getMonthValue())
                : LocalDate.of(2000, month, day).withYear(2000).compareTo(dct.withYear(2000).withDayOfMonth(
                        Math.min(dct.getDayOfMonth(), dct.withYear(2000).lengthOfMonth())));
        // A stated day is specific enough that the nearest occurrence beats a guess from the tense.
        if (tense == TimexResolver.Tense.FUTURE && day == 0) {
            return cmp < 0 ? y + 1 : y;
        }
        if (tense == TimexResolver.Tense.PAST && day == 0) {
            return cmp > 0 ? y - 1 : y;
        }
        int best = y;
        long bestGap = Long.MAX_VALUE;
        for (int c = y - 1; c <= y + 1; c++) {
            LocalDate candidate = LocalDate.of(c, month, Math.min(day == 0 ? 15 : day, LocalDate.of(c, month, 1).lengthOfMonth()));
            long gap = Math.abs(candidate.toEpochDay() - dct.toEpochDay());
            if (gap < bestGap) {
                bestGap = gap;
                best = c;
            }
        }
        // The tense still overrules the nearest day when that day is months away on the wrong side.
        LocalDate nearest = LocalDate.of(best, month, Math.min(day == 0 ? 15 : day, LocalDate.of(best, month, 1).lengthOfMonth()));
        if (tense == TimexResolver.Tense.PAST && nearest.isAfter(dct.plusDays(TENSE_OVERRULES_DAYS))) {
            return best - 1;
        }
        if (tense == TimexResolver.Tense.FUTURE && nearest.isBefore(dct.minusDays(TENSE_OVERRULES_DAYS))) {
            return best + 1;
        }
        return best;
    }
}
