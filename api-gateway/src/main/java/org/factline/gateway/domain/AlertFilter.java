package org.factline.gateway.domain;

/** Which alerts a live feed wants; null fields do not filter. Values are compared for equality only. */
public record AlertFilter(String factKey, String predicate, Double minSeverity) {

    public static final AlertFilter ALL = new AlertFilter(null, null, null);

    public boolean accepts(Alert a) {
        return (factKey == null || factKey.equals(a.factKey()))
                && (predicate == null || predicate.equals(a.predicate()))
                && (minSeverity == null || (a.severity() != null && a.severity() >= minSeverity));
    }
}
