package org.factline.claims.adapter.in.rest;

import java.util.List;
import org.factline.support.rest.Problem;

/** A request body with field-level problems: answered as a 400 problem naming each field. */
class InvalidRequest extends RuntimeException {

    private final List<Problem.FieldProblem> problems;

    InvalidRequest(List<Problem.FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + " " + p.reason()).reduce((a, b) -> a + "; " + b).orElse("invalid request"));
        this.problems = List.copyOf(problems);
    }

    List<Problem.FieldProblem> problems() {
        return problems;
    }
}
