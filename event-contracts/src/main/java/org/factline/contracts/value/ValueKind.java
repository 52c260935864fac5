package org.factline.contracts.value;

/** Which of a claim value's fields is set. */
public enum ValueKind {
    QUANTITY, TIME, DURATION, CATEGORY
}
