package org.factline.claims.domain;

import java.util.Comparator;

/**
 * Orders extractor versions written semver-like ({@code 0.10.2}, {@code 1.0.0-rc.1}): numeric
 * parts compare as numbers, other parts as text, a missing part counts as 0, a pre-release comes
 * before its release, and build metadata ({@code +...}) is ignored.
 */
public final class ExtractorVersion {

    public static final Comparator<String> ORDER = ExtractorVersion::compare;

    private ExtractorVersion() {
    }

    public static int compare(String a, String b) {
        String left = stripBuild(a);
        String right = stripBuild(b);
        int dashA = left.indexOf('-');
        int dashB = right.indexOf('-');
        int core = compareParts(dashA < 0 ? left : left.substring(0, dashA), dashB < 0 ? right : right.substring(0, dashB));
        if (core != 0) {
            return core;
        }
        if (dashA < 0 || dashB < 0) {
            return Boolean.compare(dashA < 0, dashB < 0); // the release is newer than its pre-release
        }
        return compareParts(left.substring(dashA + 1), right.substring(dashB + 1));
    }

    /** The newer of two versions; null counts as older than any version. */
    public static String newer(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || compare(a, b) >= 0 ? a : b;
    }

    private static int compareParts(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = isNumber(p) && isNumber(q) ? compareNumbers(p, q) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareNumbers(String p, String q) {
        String a = p.replaceFirst("^0+(?=.)", "");
        String b = q.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static String stripBuild(String v) {
        String s = v.strip();
        int plus = s.indexOf('+');
        return plus < 0 ? s : s.substring(0, plus);
    }
}
