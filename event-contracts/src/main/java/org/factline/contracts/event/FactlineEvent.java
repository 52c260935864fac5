package org.factline.contracts.event;

/**
 * Marker for every event that crosses a service boundary. Each implementation is an immutable
 * record with a {@code TYPE} constant: its versioned wire name, never the Java class name, so
 * classes can be renamed or moved without breaking the stored history.
 */
public sealed interface FactlineEvent
        permits ArticleIngested, ClaimExtracted, ClaimExtractedV1, FactVersioned, ContradictionDetected, ContradictionResolved,
        ClaimsWithdrawn {

    /** The versioned wire name, e.g. {@code fact.ContradictionDetected.v1}. */
    String eventType();
}
