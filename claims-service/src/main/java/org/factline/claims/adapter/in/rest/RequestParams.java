package org.factline.claims.adapter.in.rest;

import jakarta.ws.rs.BadRequestException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.factline.contracts.value.FactKey;
import org.factline.support.rest.Problem;

/** Parsing of query and path parameters shared by the resources: every failure is a clear 400. */
final class RequestParams {

    private RequestParams() {
    }

    static FactKey factKey(String factKey) {
        try {
            return new FactKey(factKey);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("factKey must look like predicate:subject-slug, e.g. deaths:person");
        }
    }

    static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2025-11-17T10:00:00Z");
        }
    }

    /**
     * A reference time as the last instant it covers: a date ("2025-11-12") means the whole day,
     * so any version whose reference time starts that day or before counts.
     */
    static Instant referenceTime(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(1, ChronoUnit.NANOS);
            }
            return Instant.parse(t);
        } catch (DateTimeException e) {
            throw new BadRequestException(name + " must be an ISO-8601 date (2025-11-12) or instant (2025-11-12T08:00:00Z)");
        }
    }

    /**
     * A bound of a reference-time range: an instant as given, a date as the start of that day, or
     * for an upper bound ({@code endOfDay}) the start of the next, so a date always covers its whole day.
     */
    static Instant rangeBound(String name, String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                LocalDate day = LocalDate.parse(t);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(t);
        } catch (DateTimeException e) {
            throw new InvalidRequest(List.of(new Problem.FieldProblem(name,
                    "must be an ISO-8601 date (2025-11-12) or instant (2025-11-12T08:00:00Z)")));
        }
    }

    static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new BadRequestException("limit must be between 1 and " + max);
        }
        return limit;
    }
}
