package org.factline.extraction.domain;

import org.factline.contracts.value.Quantity;

/**
 * A number with its unit found in text. {@code start}/{@code end} are Java string offsets of the
 * whole mention, qualifier included; {@code predicate} is what it measures ("count", "deaths").
 */
public record QuantityMention(int start, int end, String text, Quantity quantity, String predicate, String ruleId) {
}
