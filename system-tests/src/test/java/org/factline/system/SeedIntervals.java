package org.factline.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Reads the interval a contradiction side implies from its JSON (a quantity's low/high, or a
 * time's start/end; a missing bound is open) and tells whether two sides' intervals overlap.
 * Kept apart from the claims-service core on purpose: the test checks the service's judgement
 * against an independent reading of the wire format.
 */
final class SeedIntervals {

    private SeedIntervals() {
    }

    static boolean overlap(JsonNode a, JsonNode b) {
        JsonNode qa = a.at("/value/quantity");
        JsonNode qb = b.at("/value/quantity");
        if (qa.isObject() && qb.isObject()) {
            boolean sameUnit = qa.path("unit").asText().equals(qb.path("unit").asText());
            return sameUnit && below(number(qa, "low"), number(qb, "high")) && below(number(qb, "low"), number(qa, "high"));
        }
        JsonNode ta = a.at("/value/time");
        JsonNode tb = b.at("/value/time");
        if (ta.isObject() && tb.isObject()) {
            // Times are half-open [start, end): touching intervals do not overlap.
            return before(instant(ta, "start"), instant(tb, "end")) && before(instant(tb, "start"), instant(ta, "end"));
        }
        return false; // categorical values: equal ones are never judged contradictory by construction
    }

    private static boolean below(BigDecimal low, BigDecimal high) {
        return low == null || high == null || low.compareTo(high) <= 0;
    }

    private static boolean before(Instant start, Instant end) {
        return start == null || end == null || start.isBefore(end);
    }

    private static BigDecimal number(JsonNode q, String field) {
        JsonNode n = q.path(field);
        return n.isNumber() ? n.decimalValue() : null;
    }

    private static Instant instant(JsonNode t, String field) {
        JsonNode n = t.path(field);
        return n.isTextual() ? Instant.parse(n.asText()) : null;
    }
}
