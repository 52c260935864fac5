package org.factline.ingest.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedInputStream;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factline.ingest.application.BatchReport;
import org.factline.ingest.application.IngestBatch;
import org.factline.ingest.config.IngestConfig;
import org.factline.ingest.domain.ArticleSubmission;

/** {@code POST /articles/batch}: NDJSON in, one result per line out. Role: ingester. */
@Path("/articles/batch")
public class BatchResource {

    private final IngestBatch batch;
    private final ObjectMapper json;
    private final int maxLineBytes;

    BatchResource(IngestBatch batch, ObjectMapper json, IngestConfig config) {
        this.batch = batch;
        this.json = json;
        // A line carries one article plus JSON escaping: allow twice the article limit before refusing it unread.
        this.maxLineBytes = config.maxTextBytes() * 2 + 64 * 1024;
    }

    @POST
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest many articles, one JSON object per line (role: ingester)",
            description = "The body is read as it streams in. Each line gets a result (accepted, duplicate or rejected "
                    + "with the reason) in input order, plus totals; a bad line never stops the batch.")
    public BatchReport post(InputStream body) {
        return batch.ingest(new NdjsonLines(new BufferedInputStream(body, 64 * 1024), maxLineBytes), this::parse);
    }

    private ArticleSubmission parse(String line) {
        try {
            return json.readValue(line, ArticleRequest.class).toSubmission();
        } catch (UnrecognizedPropertyException e) {
            throw new IngestBatch.UnparseableLine("unknown field '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw new IngestBatch.UnparseableLine("not a valid article object: " + e.getOriginalMessage());
        }
    }
}
