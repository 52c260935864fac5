package org.factline.ingest.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** Per-line results of a batch, in input order, and the totals by status. */
public record BatchReport(List<LineResult> results, Map<String, Integer> totals) {

    /** One input line: accepted (maybe as a near copy), duplicate, or rejected with the reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineResult(int line, String status, String id, String reason, String nearDuplicateOf, Double similarity) {
    }
}
