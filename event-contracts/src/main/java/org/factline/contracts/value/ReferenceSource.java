package org.factline.contracts.value;

/**
 * Where a claim's reference time came from: {@code TEXT}, a date or period in the claim's sentence;
 * {@code DOCUMENT}, the article's (given or inferred) publication date; {@code NONE}, no time known.
 * Only times read from the text say that two figures are about different periods.
 */
public enum ReferenceSource {
    TEXT, DOCUMENT, NONE
}
