package org.factline.cli;

/** The command line itself is wrong: the message says how, and nothing was sent. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
