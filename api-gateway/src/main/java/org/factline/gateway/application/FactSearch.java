package org.factline.gateway.application;

/**
 * A public fact search as passed on to claims-service: every filter optional (null); {@code from}
 * and {@code to} bound the reference time (ISO date or instant); {@code cursor} is the opaque
 * {@code next} of the previous page. claims-service validates them and answers 400 naming the
 * parameter.
 */
public record FactSearch(String predicate, String subject, String status, String outlet, String from, String to,
                         String cursor, int limit) {
}
