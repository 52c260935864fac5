package org.factline.extraction.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a number starting at a token: digits ("15,000", "1.5"), number words ("two hundred
 * thousand", "two hundred and fifty", "a dozen"), or digits with a scale ("1.5 million", "150
 * mln"). Returns the value and how many tokens it used, or null when no number starts there.
 */
final class NumberReader {

    record Read(BigDecimal value, int tokens, boolean percent) {
    }

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?%?|\\d+(\\.\\d+)?%?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Map<String, BigDecimal> words;

    NumberReader(Map<String, BigDecimal> words) {
        this.words = words;
    }

    Read read(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (first.isDigits()) {
            if (!GROUPED.matcher(first.text()).matches()) {
                return null; // "1,00,0" is not a number we trust
            }
            boolean percent = first.text().endsWith("%");
            BigDecimal value = new BigDecimal(first.text().replace(",", "").replace("%", ""));
            int used = 1;
            while (!percent && i + used < tokens.size() && isScale(tokens.get(i + used).lower())) {
                value = value.multiply(words.get(tokens.get(i + used).lower()));
                used++;
            }
            return new Read(plain(value), used, percent);
        }
        return readWords(tokens, i);
    }

    private Read readWords(List<Token> tokens, int i) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        int used = 0;
        boolean sawNumber = false;
        while (i + used < tokens.size()) {
            String w = tokens.get(i + used).lower();
            if (w.equals("and") && sawNumber && total.add(current).compareTo(HUNDRED) >= 0 && i + used + 1 < tokens.size()
                    && isSmallNumberWord(tokens.get(i + used + 1).lower())) {
                used++; // "two hundred and fifty": the "and" joins, it does not end the number
                continue;
            }
            BigDecimal v = words.get(w);
            if (v == null) {
                break;
            }
            if (w.equals("a") && !(i + used + 1 < tokens.size() && isScale(tokens.get(i + used + 1).lower()))) {
                break; // "a" is a number only before a scale: "a dozen", "a million"
            }
            if (w.equals("dozen") || v.compareTo(HUNDRED) == 0) {
                current = current.signum() == 0 ? v : current.multiply(v);
            } else if (v.compareTo(THOUSAND) >= 0) {
                total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(v));
                current = BigDecimal.ZERO;
            } else {
                current = current.add(v);
            }
            sawNumber = true;
            used++;
        }
        return sawNumber ? new Read(plain(total.add(current)), used, false) : null;
    }

    /** No trailing zeros and no exponent: 50 million is 50000000, never 5E+7. */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private boolean isSmallNumberWord(String w) {
        BigDecimal v = words.get(w);
        return v != null && !w.equals("a") && v.compareTo(HUNDRED) < 0;
    }

    private boolean isScale(String w) {
        BigDecimal v = words.get(w);
        return v != null && (w.equals("dozen") || v.compareTo(HUNDRED) >= 0);
    }
}
