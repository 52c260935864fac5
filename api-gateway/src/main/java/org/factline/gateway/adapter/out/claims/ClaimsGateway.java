package org.factline.gateway.adapter.out.claims;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.factline.gateway.application.ArticleClaims;
import org.factline.gateway.application.ContradictionQueries;
import org.factline.gateway.application.DownstreamProblem;
import org.factline.gateway.application.DownstreamUnavailable;
import org.factline.gateway.application.EventHistory;
import org.factline.gateway.application.FactQueries;
import org.factline.gateway.application.FactSearch;
import org.factline.gateway.application.SourceQueries;

/**
 * Calls claims-service with a timeout, a retry for transport failures and a circuit breaker (one
 * per method; retries only on transport failures), so a slow or dead claims-service gives callers a prompt 503, never a hang. A
 * downstream 400/404/409 is the caller's business: it passes through without retry and does not
 * count against the circuit. The verdict POST is not retried: a lost answer could mean it was
 * recorded (claims-service would then answer 409, which is safe, but we do not rely on it).
 */
@ApplicationScoped
@Timeout(value = 3, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class,
        abortOn = {WebApplicationException.class, DownstreamProblem.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = {WebApplicationException.class, DownstreamProblem.class})
public class ClaimsGateway implements FactQueries, ContradictionQueries, EventHistory, SourceQueries, ArticleClaims {

    private final ClaimsServiceClient client;

    ClaimsGateway(@RestClient ClaimsServiceClient client) {
        this.client = client;
    }

    @Override
    public JsonNode search(FactSearch q) {
        try {
            return call(() -> client.search(q.predicate(), q.subject(), q.status(), q.outlet(), q.from(), q.to(), q.cursor(),
                    q.limit()));
        } catch (DownstreamProblem p) {
            if (p.status() == 400) {
                throw p; // with its field errors, which name the parameter
            }
            throw new BadRequestException(p.getMessage()); // a search has no 404 or 409
        }
    }

    @Override
    public Optional<JsonNode> detail(String factKey) {
        return notFoundAsEmpty(() -> client.detail(factKey));
    }

    @Override
    public JsonNode factAt(String factKey, String asOf, String at) {
        return call(() -> client.get(factKey, asOf, at));
    }

    @Override
    public JsonNode versions(String factKey) {
        return call(() -> client.versions(factKey));
    }

    @Override
    public JsonNode claims(String factKey) {
        return call(() -> client.factClaims(factKey));
    }

    @Override
    public JsonNode list(String status, String factKey, int limit) {
        return call(() -> client.contradictions(status, factKey, limit));
    }

    @Override
    public JsonNode get(String id) {
        return call(() -> client.contradiction(id));
    }

    @Override
    @Retry(maxRetries = 0)
    public JsonNode verdict(String id, JsonNode body) {
        return call(() -> client.verdict(id, body));
    }

    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public JsonNode page(long from, int limit) {
        return call(() -> client.events(from, limit));
    }

    @Override
    public JsonNode sources() {
        return call(client::sources);
    }

    @Override
    public Optional<JsonNode> source(String outlet) {
        return notFoundAsEmpty(() -> client.source(outlet));
    }

    @Override
    public JsonNode claimsOf(String articleId) {
        return call(() -> client.articleClaims(articleId));
    }

    private static Optional<JsonNode> notFoundAsEmpty(Supplier<JsonNode> request) {
        try {
            return Optional.of(call(request));
        } catch (DownstreamProblem p) {
            if (p.status() == 404) {
                return Optional.empty();
            }
            throw p;
        }
    }

    private static JsonNode call(Supplier<JsonNode> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 404 || status == 409) {
                JsonNode problem = problem(e);
                throw new DownstreamProblem(status, problem.path("detail").asText(e.getResponse().getStatusInfo().getReasonPhrase()),
                        problem.has("errors") ? problem.get("errors") : null);
            }
            throw new DownstreamUnavailable("claims-service answered " + status);
        }
    }

    private static JsonNode problem(WebApplicationException e) {
        try {
            return e.getResponse().readEntity(JsonNode.class);
        } catch (RuntimeException unreadable) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }
}
