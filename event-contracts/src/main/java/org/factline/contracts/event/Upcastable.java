package org.factline.contracts.event;

/**
 * An older version of an event that is still read: {@link #upcast()} gives the current version's
 * record, so consumers handle one shape. The upcast keeps the envelope's id, so de-duplication by
 * envelope id holds across versions.
 */
public interface Upcastable {

    /** The same event in the current version's record. */
    FactlineEvent upcast();
}
