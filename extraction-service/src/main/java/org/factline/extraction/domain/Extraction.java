package org.factline.extraction.domain;

import java.util.List;
import org.factline.contracts.event.ClaimExtracted;

/** Everything extracted from one article: its document date, temporal expressions, quantities and claims. */
public record Extraction(DocumentDate dct, List<Timex> timexes, List<QuantityMention> quantities, List<EventMention> events,
                         List<ClaimExtracted> claims) {
}
