package org.factline.extraction.domain;

import java.util.List;
import org.factline.contracts.event.ClaimExtracted;

/**
 * Everything extracted from one article: its document date, temporal expressions, quantities,
 * dated events and claims, and the noise spans no claim was taken from.
 */
public record Extraction(DocumentDate dct, List<Timex> timexes, List<QuantityMention> quantities, List<EventMention> events,
                         List<ClaimExtracted> claims, List<NoiseFilter.Span> noise) {

    /** An article in a language without rules: nothing but the document date when given. */
    public static Extraction none(DocumentDate dct) {
        return new Extraction(dct, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
