package org.factline.extraction.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The document creation time (DCT) relative dates are resolved against, and where it came from:
 * {@code given} (the publication date), {@code inferred} from the text, or {@code none}.
 *
 * <p>Inference: an article is written on or after the dates it reports as past, so the DCT is
 * taken as the latest stated day. A day without a year ("November 16") counts when the text fixes
 * the year elsewhere (a full date, else the latest year it names). Sentences with a future cue
 * ("will designate beginning November 24") are ignored, since they name days still to come.
 */
public record DocumentDate(LocalDate date, String source) {

    private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY_WITHOUT_YEAR = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    public static DocumentDate given(Instant publishedAt) {
        return new DocumentDate(publishedAt.atZone(ZoneOffset.UTC).toLocalDate(), "given");
    }

    public static DocumentDate none() {
        return new DocumentDate(null, "none");
    }

    /** {@code undated} are the text's timexes found without a DCT. */
    public static DocumentDate infer(String text, List<Timex> undated, DateRules rules) {
        LocalDate latestFull = null;
        Integer latestYear = null;
        for (Timex t : undated) {
            if (!t.type().equals("DATE") || futureSentence(text, t, rules)) {
                continue;
            }
            if (FULL_DAY.matcher(t.value()).matches()) {
                LocalDate d = LocalDate.parse(t.value());
                latestFull = latestFull == null || d.isAfter(latestFull) ? d : latestFull;
            } else if (YEAR.matcher(t.value()).matches()) {
                int y = Integer.parseInt(t.value());
                latestYear = latestYear == null || y > latestYear ? y : latestYear;
            }
        }
        Integer anchorYear = latestFull != null ? Integer.valueOf(latestFull.getYear()) : latestYear;
        if (anchorYear == null) {
            return none();
        }
        LocalDate latest = latestFull;
        for (Timex t : undated) {
            var m = DAY_WITHOUT_YEAR.matcher(t.value());
            if (t.type().equals("DATE") && m.matches() && !futureSentence(text, t, rules)) {
                try {
                    LocalDate d = LocalDate.of(anchorYear, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                    latest = latest == null || d.isAfter(latest) ? d : latest;
                } catch (java.time.DateTimeException e) {
                    // "February 29" in a year without it: not evidence of anything
                }
            }
        }
        return latest == null ? none() : new DocumentDate(latest, "inferred");
    }

    private static boolean futureSentence(String text, Timex t, DateRules rules) {
        int[] s = Sentences.around(text, t.start(), t.end());
        var m = WORD.matcher(text.substring(s[0], s[1]));
        while (m.find()) {
            if ("future".equals(rules.tenseCues().get(m.group().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    public boolean known() {
        return date != null;
    }
}
