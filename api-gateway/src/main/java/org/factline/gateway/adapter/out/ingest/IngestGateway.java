package org.factline.gateway.adapter.out.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.factline.gateway.application.ArticleIntake;
import org.factline.gateway.application.DownstreamUnavailable;
import org.factline.gateway.config.GatewayConfig;

/**
 * ingest-service over HTTP, with the JDK client so a batch streams through in both directions
 * (request body as it arrives, answer as it is produced). A connect timeout, a per-request timeout
 * and a circuit breaker (per method) mean a dead or stuck ingest-service gives a prompt 503. Only
 * the article look-up is retried: a post whose answer was lost may have been stored, and a batch
 * body cannot be read twice. Answers below 500 are the caller's business and pass through.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
public class IngestGateway implements ArticleIntake {

    private final HttpClient client;
    private final String base;
    private final Duration timeout;
    private final Duration batchTimeout;

    IngestGateway(GatewayConfig config) {
        GatewayConfig.Ingest ingest = config.ingest();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(ingest.connectTimeout()).build();
        this.base = ingest.url().replaceAll("/+$", "");
        this.timeout = ingest.timeout();
        this.batchTimeout = ingest.batchTimeout();
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public Reply submit(String contentType, byte[] article) {
        return send(HttpRequest.newBuilder(URI.create(base + "/articles")).timeout(timeout)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(article)).build());
    }

    @Override
    public Reply submitBatch(String contentType, InputStream lines) {
        return send(HttpRequest.newBuilder(URI.create(base + "/articles/batch")).timeout(batchTimeout)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofInputStream(() -> lines)).build());
    }

    /** {@code id} has been checked by the caller to be a plain id (letters, digits, '-' and '_'). */
    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = DownstreamUnavailable.class)
    public Reply article(String id) {
        return send(HttpRequest.newBuilder(URI.create(base + "/articles/" + id)).timeout(timeout).GET().build());
    }

    private Reply send(HttpRequest request) {
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new DownstreamUnavailable("ingest-service is unreachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownstreamUnavailable("ingest-service did not answer in time");
        }
        if (response.statusCode() >= 500) {
            discard(response.body());
            throw new DownstreamUnavailable("ingest-service answered " + response.statusCode());
        }
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/json"),
                response.body());
    }

    private static void discard(InputStream body) {
        try (body) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the answer is a failure either way
        }
    }
}
