package org.factline.ingest.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factline.ingest.domain.ArticleSubmission;
import org.factline.ingest.domain.IngestOutcome;
import org.factline.ingest.domain.RejectedSubmission;

/**
 * Ingests a stream of submissions one at a time, as they are read: a bad line is reported and
 * skipped, never stops the batch, and never costs a good line its place.
 */
@ApplicationScoped
public class IngestBatch {

    /** A line as read: its text, or why it could not be read at all. */
    public record RawLine(int number, String text, String unreadable) {
    }

    /** The reason a line's text is not an article object (e.g. bad JSON); thrown by the parser. */
    public static class UnparseableLine extends RuntimeException {
        public UnparseableLine(String reason) {
            super(reason);
        }
    }

    private final IngestArticle ingest;

    IngestBatch(IngestArticle ingest) {
        this.ingest = ingest;
    }

    public BatchReport ingest(Iterator<RawLine> lines, Function<String, ArticleSubmission> parse) {
        List<BatchReport.LineResult> results = new ArrayList<>();
        Map<String, Integer> totals = new LinkedHashMap<>(Map.of("accepted", 0, "duplicate", 0, "nearDuplicate", 0, "rejected", 0));
        while (lines.hasNext()) {
            RawLine line = lines.next();
            BatchReport.LineResult result = one(line, parse);
            results.add(result);
            totals.merge(result.status(), 1, Integer::sum);
            if (result.nearDuplicateOf() != null) {
                totals.merge("nearDuplicate", 1, Integer::sum);
            }
        }
        return new BatchReport(results, totals);
    }

    private BatchReport.LineResult one(RawLine line, Function<String, ArticleSubmission> parse) {
        if (line.unreadable() != null) {
            ingest.unreadable("line");
            return rejected(line, line.unreadable());
        }
        try {
            IngestOutcome o = ingest.ingest(parse.apply(line.text()));
            return new BatchReport.LineResult(line.number(), o.status(), o.articleId(), null,
                    o.nearDuplicate() == null ? null : o.nearDuplicate().originalArticleId(),
                    o.nearDuplicate() == null ? null : o.nearDuplicate().similarity());
        } catch (RejectedSubmission e) {
            return rejected(line, e.getMessage());
        } catch (UnparseableLine e) {
            ingest.unreadable("json");
            return rejected(line, e.getMessage());
        }
    }

    private static BatchReport.LineResult rejected(RawLine line, String reason) {
        return new BatchReport.LineResult(line.number(), "rejected", null, reason, null, null);
    }
}
