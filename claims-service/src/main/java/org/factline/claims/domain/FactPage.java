package org.factline.claims.domain;

import java.util.List;

/**
 * One page of a fact search in fact-key order. {@code lastKey} is the key to continue after, or
 * null when this page is the last.
 */
public record FactPage(List<FactView> items, String lastKey) {

    public FactPage {
        items = List.copyOf(items);
    }
}
