package org.factline.claims.adapter.in.rest;

import java.util.List;
import org.factline.claims.domain.FactView;

/** A page of the fact search: {@code next} is the cursor of the following page, null on the last. */
public record FactSearchPage(List<FactView> items, String next) {
}
