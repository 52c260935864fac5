package org.factline.contracts.envelope;

/** A message that cannot be read as a known event: consumers send it to the dead-letter topic. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
