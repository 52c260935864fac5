package org.factline.gateway.application;

/** A service the gateway depends on did not answer usefully; callers get a 503 with retry advice. */
public class DownstreamUnavailable extends RuntimeException {

    public DownstreamUnavailable(String message) {
        super(message);
    }
}
