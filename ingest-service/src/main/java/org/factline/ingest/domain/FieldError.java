package org.factline.ingest.domain;

/** One reason a submission was refused, naming the field so a client can fix it. */
public record FieldError(String field, String reason) {
}
