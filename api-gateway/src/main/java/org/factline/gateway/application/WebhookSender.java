package org.factline.gateway.application;

/** Port: one HTTP POST of a webhook body. */
public interface WebhookSender {

    /** @return the HTTP status the receiver answered */
    int post(String url, byte[] body, java.util.Map<String, String> headers) throws java.io.IOException;
}
