package org.factline.extraction.domain;

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

    /** True when a sentence ends just before position {@code i}. */
    private static boolean endsSentenceBefore(String text, int i) {
        char prev = text.charAt(i - 1);
        if (prev == '\n') {
            return true;
        }
        if (i >= 2 && Character.isWhitespace(prev)) {
            char p = text.charAt(i - 2);
            boolean upperNext = i < text.length() && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i))
                    || text.charAt(i) == '"' || text.charAt(i) == '“');
            boolean abbreviation = p == '.' && i >= 4 && text.charAt(i - 4) == '.';
            return (p == '.' || p == '!' || p == '?') && upperNext && !abbreviation;
        }
        return false;
    }
}
