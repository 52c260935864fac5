package org.factline.extraction.domain;

import org.factline.contracts.value.TimeInterval;

/**
 * A dated event: "the USS Gerald R. Ford arrived ... on November 16". {@code start}/{@code end}
 * span the sentence; {@code when} is the date as bounded by its modifier ("by November 11").
 */
public record EventMention(int start, int end, String predicate, String subject, String subjectSlug, Timex date,
                           TimeInterval when, String ruleId) {
}
