package org.factline.gateway.adapter.in.websocket;

import java.nio.charset.StandardCharsets;

/**
 * Why the alert socket was closed: a WebSocket close code in the application range 4000-4999 whose
 * last three digits are the HTTP status a REST call would have got.
 */
enum Refusal {
    BAD_REQUEST(4400),
    UNAUTHORIZED(4401),
    FORBIDDEN(4403),
    TOO_MANY_REQUESTS(4429),
    SERVER_ERROR(4500);

    /** A close frame's reason may hold at most 123 bytes of UTF-8. */
    private static final int MAX_REASON_BYTES = 123;

    final int code;

    Refusal(int code) {
        this.code = code;
    }

    static Refusal of(int httpStatus) {
        for (Refusal r : values()) {
            if (r.code == 4000 + httpStatus) {
                return r;
            }
        }
        return SERVER_ERROR;
    }

    static String reason(String detail) {
        String text = detail == null ? "" : detail;
        while (text.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
