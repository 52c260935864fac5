package org.factline.gateway.domain;

import java.util.Locale;

/**
 * Which alerts a live feed wants; null fields do not filter. Values are compared for equality
 * only: fact key and predicate exactly, subject and outlet ignoring case (both sides folded with
 * {@link #fold}).
 */
public record AlertFilter(String factKey, String predicate, String subject, String outlet, Double minSeverity) {

    public static final AlertFilter ALL = new AlertFilter(null, null, null, null, null);

    public AlertFilter {
        subject = fold(subject);
        outlet = fold(outlet);
    }

    public boolean accepts(Alert a) {
        return (factKey == null || factKey.equals(a.factKey()))
                && (predicate == null || predicate.equals(a.predicate()))
                && (subject == null || subject.equals(fold(a.subject())))
                && (outlet == null || a.outlets().stream().anyMatch(o -> outlet.equals(fold(o))))
                && (minSeverity == null || (a.severity() != null && a.severity() >= minSeverity));
    }

    /** How subjects and outlets are compared: stripped and lower-cased. */
    public static String fold(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
