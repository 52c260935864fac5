package org.factline.contracts.event;

/** Why claims stopped counting towards a fact. */
public enum WithdrawalReason {
    /** The article was retracted (by its outlet, or by a fact-checker acting on a correction). */
    RETRACTED,
    /** A newer extractor version re-read the article; its claims replace the older version's. */
    SUPERSEDED
}
