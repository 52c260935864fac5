package org.factline.ingest.domain;

import java.util.List;

/** A submission that failed validation; nothing was stored or published. */
public class RejectedSubmission extends RuntimeException {

    private final transient List<FieldError> errors;

    public RejectedSubmission(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.reason()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
