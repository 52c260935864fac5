package org.factline.contracts.event;

/** Why a fact got a new version. */
public enum VersionChange {
    /** The first claim about this fact. */
    CREATED,
    /** Another source agrees with the current value. */
    CORROBORATED,
    /** A running figure moved on: a later reference time brought a compatible new value. */
    EVOLVED,
    /** A later article repeated an older, smaller running figure. */
    STALE_REPEAT,
    /** A claim disagrees with the current value; a contradiction was opened. */
    CONTESTED,
    /** A verdict settled the value. */
    RESOLVED,
    /** Claims were withdrawn (an article retracted, an extractor version superseded). */
    RETRACTED
}
