package org.factline.gateway.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.factline.contracts.envelope.EventCodec;

/**
 * Articles through the gateway: posts go to ingest-service as they are; an article's status is
 * ingest-service's view of it with the claims claims-service extracted from it added as
 * {@code claims}.
 */
@ApplicationScoped
public class Articles {

    private final ArticleIntake intake;
    private final ArticleClaims claims;

    Articles(ArticleIntake intake, ArticleClaims claims) {
        this.intake = intake;
        this.claims = claims;
    }

    public ArticleIntake.Reply submit(String contentType, byte[] article) {
        return intake.submit(contentType, article);
    }

    public ArticleIntake.Reply submitBatch(String contentType, InputStream lines) {
        return intake.submitBatch(contentType, lines);
    }

    /** ingest-service's answer with {@code claims} added when it found the article; its refusal (404, 400) otherwise. */
    public ArticleIntake.Reply status(String id) {
        ArticleIntake.Reply reply = intake.article(id);
        if (reply.status() != 200) {
            return reply;
        }
        ObjectMapper mapper = EventCodec.mapper();
        JsonNode article;
        try (InputStream in = reply.body()) {
            article = mapper.readTree(in);
        } catch (IOException e) {
            throw new DownstreamUnavailable("ingest-service sent an unreadable article: " + e.getMessage());
        }
        if (!(article instanceof ObjectNode)) {
            throw new DownstreamUnavailable("ingest-service sent an article that is not a JSON object");
        }
        ((ObjectNode) article).set("claims", claims.claimsOf(id));
        try {
            return new ArticleIntake.Reply(200, "application/json", new ByteArrayInputStream(mapper.writeValueAsBytes(article)));
        } catch (IOException e) {
            throw new IllegalStateException("an article read as JSON could not be written again", e);
        }
    }
}
