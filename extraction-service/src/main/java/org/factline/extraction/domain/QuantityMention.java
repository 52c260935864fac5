package org.factline.extraction.domain;

import org.factline.contracts.value.Quantity;

/**
 * A number with its unit found in text. {@code start}/{@code end} are Java string offsets of the
 * whole mention, qualifier included; {@code predicate} is what it measures ("count", "deaths");
 * {@code subjectSlug} is what it is about as keyed by {@link FactKeys} ("boat-strike"), with
 * {@code subject} its readable form.
 */
public record QuantityMention(int start, int end, String text, Quantity quantity, String predicate, String ruleId,
                              String subject, String subjectSlug) {
}
