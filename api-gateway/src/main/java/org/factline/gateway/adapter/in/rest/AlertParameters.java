package org.factline.gateway.adapter.in.rest;

import jakarta.ws.rs.BadRequestException;
import org.factline.gateway.domain.AlertFilter;

/**
 * The query parameters of both live alert streams (SSE and WebSocket): the filters and the resume
 * point, each checked with a 400-style refusal naming the parameter.
 */
public final class AlertParameters {

    private static final int MAX_TEXT = 200;

    private AlertParameters() {
    }

    /** The filter from {@code factKey}, {@code predicate}, {@code subject}, {@code outlet} and {@code minSeverity}. */
    public static AlertFilter filter(String factKey, String predicate, String subject, String outlet, String minSeverity) {
        return new AlertFilter(text("factKey", factKey), text("predicate", predicate), text("subject", subject),
                text("outlet", outlet), severity(minSeverity));
    }

    /** An alert sequence number to resume after, null when the text is absent. */
    public static Long sequence(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(text.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the 400
        }
        throw new BadRequestException(name + " must be an alert sequence number (0 or more)");
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadRequestException(name + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private static Double severity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the 400
        }
        throw new BadRequestException("minSeverity must be a number between 0 and 1");
    }
}
