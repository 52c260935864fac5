package org.factline.extraction.domain;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words a date rule can start at, so the finder tries a rule only there: a rule whose
 * pattern names no word starting with "cha" cannot match at "chairman". The key of a word is its
 * first three letters (a-z, lower-cased); a rule's keys are the one- to three-letter prefixes of
 * every literal word in its expanded pattern, a safe superset of the words it can start with.
 * Digits and non-ASCII letters are always tried.
 */
final class RuleTriggers {

    private static final Pattern LITERAL = Pattern.compile("[A-Za-z]+");
    /** Regex escapes ("\\s", "\\b", and the "\\Q"/"\\E" of quoted words) are not literal words. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\[A-Za-z]");
    private static final int SIZE = 27 * 27 * 27;
    /** Key of a word whose start the filter cannot judge: always tried. */
    static final int ANY = -1;

    private final BitSet keys = new BitSet(SIZE);

    RuleTriggers(String expandedPattern) {
        Matcher m = LITERAL.matcher(ESCAPE.matcher(expandedPattern).replaceAll(" "));
        while (m.find()) {
            String w = m.group();
            for (int len = 1; len <= Math.min(3, w.length()); len++) {
                keys.set(key(w, 0, len));
            }
        }
    }

    boolean mayStartAt(int key) {
        return key == ANY || keys.get(key);
    }

    /** The key of the word at {@code start}: digits and non-ASCII letters give {@link #ANY}. */
    static int keyAt(CharSequence text, int start) {
        int end = start;
        while (end < text.length() && end - start < 3 && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end == start ? ANY : key(text, start, end);
    }

    private static int key(CharSequence s, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c < 'a' || c > 'z') {
                return ANY;
            }
            k = k * 27 + (c - 'a' + 1);
        }
        for (int i = to - from; i < 3; i++) {
            k = k * 27;
        }
        return k;
    }
}
