package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word, number or currency sign with its offsets in the source text and its lower-case form. */
record Token(int start, int end, String text, String lower) {

    // Numbers keep their grouping commas and decimals; words keep inner hyphens and apostrophes.
    private static final Pattern TOKEN = Pattern.compile("\\$|\\d[\\d,]*(?:\\.\\d+)?%?|\\p{L}+(?:['’]\\p{L}+)*");

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group(), m.group().toLowerCase(Locale.ROOT)));
        }
        return tokens;
    }

    boolean isDigits() {
        return Character.isDigit(text.charAt(0));
    }
}
