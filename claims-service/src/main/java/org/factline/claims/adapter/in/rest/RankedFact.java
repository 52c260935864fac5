package org.factline.claims.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.factline.claims.domain.FactView;
import org.factline.claims.domain.ValueRanking;

/**
 * A fact view as the REST API answers it: the view's own fields, plus (for the current fact, not
 * a time-travel view) the competing values ranked by source reliability.
 */
public record RankedFact(@JsonUnwrapped FactView fact,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<ValueRanking.RankedValue> rankedValues) {
}
