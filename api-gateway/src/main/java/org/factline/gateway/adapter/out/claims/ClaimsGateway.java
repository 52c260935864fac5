package org.factline.gateway.adapter.out.claims;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.factline.gateway.application.DownstreamUnavailable;
import org.factline.gateway.application.FactQueries;

/**
 * Calls claims-service with a timeout, a retry for transport failures and a circuit breaker, so a
 * slow or dead claims-service gives callers a prompt 503, never a hang. A downstream 4xx is the
 * caller's mistake and passes through without retry.
 */
@ApplicationScoped
public class ClaimsGateway implements FactQueries {

    private final ClaimsServiceClient client;

    ClaimsGateway(@RestClient ClaimsServiceClient client) {
        this.client = client;
    }

    @Override
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public JsonNode search(String predicate, String subject, String status, int limit) {
        return call(() -> client.search(predicate, subject, status, limit)).orElseThrow();
    }

    @Override
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public Optional<JsonNode> fact(String factKey) {
        return call(() -> client.get(factKey));
    }

    private static Optional<JsonNode> call(java.util.function.Supplier<JsonNode> request) {
        try {
            return Optional.of(request.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 400) {
                throw new BadRequestException(detail(e));
            }
            throw new DownstreamUnavailable("claims-service answered " + status);
        }
    }

    private static String detail(WebApplicationException e) {
        try {
            JsonNode problem = e.getResponse().readEntity(JsonNode.class);
            return problem.path("detail").asText("invalid query");
        } catch (RuntimeException unreadable) {
            return "invalid query";
        }
    }

}
