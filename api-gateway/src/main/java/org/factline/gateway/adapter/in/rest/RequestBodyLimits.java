package org.factline.gateway.adapter.in.rest;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.factline.gateway.config.GatewayConfig;

/**
 * Request body limits per path. {@code quarkus.http.limits.max-body-size} is one server-wide
 * figure and has to be large enough for streamed article batches, so this handler, which runs
 * right after Quarkus' own check, lowers it everywhere else: a single article may have
 * {@code factline.gateway.limits.article-body}, every other request
 * {@code factline.gateway.limits.body}. A declared Content-Length above the limit is refused at
 * once with a 413 problem; a chunked body is cut off by Quarkus when it passes the limit (the
 * limit travels in the routing context under Quarkus' own key).
 */
@ApplicationScoped
public class RequestBodyLimits {

    static final String BATCH = "/api/v1/articles/batch";
    static final String ARTICLE = "/api/v1/articles";

    private final long articleLimit;
    private final long defaultLimit;

    RequestBodyLimits(GatewayConfig config) {
        this.articleLimit = config.limits().articleBody().asLongValue();
        this.defaultLimit = config.limits().body().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limit);
    }

    /** The limit for a path, or -1 when only the server-wide limit applies (streamed batches). */
    long limitFor(String path) {
        if (path == null) {
            return defaultLimit;
        }
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (p.equals(BATCH)) {
            return -1;
        }
        return p.equals(ARTICLE) ? articleLimit : defaultLimit;
    }

    private void limit(RoutingContext ctx) {
        long limit = limitFor(ctx.normalizedPath());
        if (limit < 0) {
            ctx.next();
            return;
        }
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLong(declared, limit)) {
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":"
                            + "\"the request body may have at most " + limit + " bytes here\"}");
            return;
        }
        ctx.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit);
        ctx.next();
    }

    private static boolean tooLong(String declared, long limit) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return true; // a Content-Length that is not a number is refused too
        }
    }
}
