package org.factline.ingest.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.factline.ingest.domain.IngestOutcome;

/**
 * Answer to a post: the article's id and "accepted" or "duplicate" (then the id is the first
 * copy's). A near copy of an earlier article is accepted and names that original.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResponse(String id, String status, String nearDuplicateOf, Double similarity) {

    static IngestResponse of(IngestOutcome o) {
        return new IngestResponse(o.articleId(), o.status(),
                o.nearDuplicate() == null ? null : o.nearDuplicate().originalArticleId(),
                o.nearDuplicate() == null ? null : o.nearDuplicate().similarity());
    }
}
