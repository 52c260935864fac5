package org.factline.gateway.application;

import java.io.InputStream;

/**
 * Port: ingest-service, whose answers the gateway passes on unchanged (status, content type and
 * body, problem+json included). A failure of ingest-service itself (unreachable, timeout, 5xx,
 * open circuit) is not a reply: it is thrown as {@link DownstreamUnavailable} or a fault
 * tolerance exception, and callers get a 503.
 */
public interface ArticleIntake {

    /** A downstream answer to pass on; the caller closes {@code body}. */
    record Reply(int status, String contentType, InputStream body) {
    }

    /** {@code POST /articles} with one JSON article. */
    Reply submit(String contentType, byte[] article);

    /** {@code POST /articles/batch}: the body is streamed through as it arrives, never held whole. */
    Reply submitBatch(String contentType, InputStream lines);

    /** {@code GET /articles/{id}}. */
    Reply article(String id);
}
