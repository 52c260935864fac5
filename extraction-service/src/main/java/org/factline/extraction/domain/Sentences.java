package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sentence around an offset: the span between the nearest sentence end (". ", "! ",
 * "? " or a line break) on either side. Abbreviations like "U.S." are kept inside a sentence by
 * requiring the next sentence to start with a capital letter or digit.
 */
final class Sentences {

    private Sentences() {
    }

    static int[] around(String text, int from, int to) {
        int start = from;
        while (start > 0 && !endsSentenceBefore(text, start)) {
            start--;
        }
        int end = to;
        while (end < text.length() && !endsSentenceBefore(text, end)) {
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** The sentences of text[from, to), trimmed, in order. */
    static List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || endsSentenceBefore(text, i)) {
                int[] span = trim(text, start, i);
                if (span[0] < span[1]) {
                    out.add(span);
                }
                start = i;
            }
        }
        return out;
    }

    /** text[from, to) without leading and trailing white space, as offsets. */
    static int[] trim(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    /**
     * Words whose dot does not end a sentence: an initial ("Gerald R. Ford"), titles, and month
     * abbreviations ("Nov. 16", "Sept. 30").
     */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep",
            "gov", "lt", "col", "sgt", "st", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    private static boolean abbreviationBefore(String text, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when a sentence ends just before position {@code i}. */
    private static boolean endsSentenceBefore(String text, int i) {
        if (i <= 0) {
            return true; // the text's start begins a sentence
        }
        char prev = text.charAt(i - 1);
        if (prev == '\n') {
            return true;
        }
        if (i >= 2 && Character.isWhitespace(prev)) {
            char p = text.charAt(i - 2);
            boolean upperNext = i < text.length() && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i))
                    || text.charAt(i) == '"' || text.charAt(i) == '“');
            boolean abbreviation = p == '.' && (i >= 4 && text.charAt(i - 4) == '.' || abbreviationBefore(text, i - 2));
            return (p == '.' || p == '!' || p == '?') && upperNext && !abbreviation;
        }
        return false;
    }
}
