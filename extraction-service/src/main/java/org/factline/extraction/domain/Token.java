package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A word, number or currency sign with its offsets in the source text and its lower-case form. */
record Token(int start, int end, String text, String lower) {

    /**
     * Numbers keep their grouping commas and decimals ("15,000", "1.5", "85%"); words keep inner
     * apostrophes ("Venezuela's"); currency signs are tokens of their own. Hand-written rather
     * than a regular expression: tokenizing is the engine's inner loop.
     */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (c == '$' || c == '€' || c == '£' || c == '¥') {
                end = i + 1;
            } else if (isDigit(c)) {
                end = numberEnd(text, i);
            } else if (Character.isLetter(c)) {
                end = wordEnd(text, i);
            } else {
                i++;
                continue;
            }
            String t = text.substring(i, end);
            tokens.add(new Token(i, end, t, lower(t)));
            i = end;
        }
        return tokens;
    }

    private static int numberEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && (isDigit(text.charAt(j)) || text.charAt(j) == ',' && j + 1 < n && isDigit(text.charAt(j + 1)))) {
            j++;
        }
        if (j + 1 < n && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
            j += 2;
            while (j < n && isDigit(text.charAt(j))) {
                j++;
            }
        }
        return j < n && text.charAt(j) == '%' ? j + 1 : j;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetter(c)) {
                j++;
            } else if ((c == '\'' || c == '’') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static String lower(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isLowerCase(t.charAt(k)) && Character.isLetter(t.charAt(k)) || t.charAt(k) > 127) {
                return t.toLowerCase(Locale.ROOT);
            }
        }
        return t;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    boolean isDigits() {
        return isDigit(text.charAt(0));
    }
}
