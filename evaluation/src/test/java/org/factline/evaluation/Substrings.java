package org.factline.evaluation;

/** Counting and locating exact (case-sensitive) substrings, overlapping occurrences included. */
public final class Substrings {

    private Substrings() {
    }

    public static int count(String text, String needle) {
        if (needle.isEmpty()) {
            throw new IllegalArgumentException("empty needle");
        }
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    /** Start offset of the n-th occurrence (1-based), or -1 when there are fewer. */
    public static int nth(String text, String needle, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
