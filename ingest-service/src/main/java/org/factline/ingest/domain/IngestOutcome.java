package org.factline.ingest.domain;

import org.factline.contracts.value.NearDuplicate;

/**
 * What ingesting one article did: stored it as new (possibly linked to an earlier near copy), or
 * found that it is already stored ({@code articleId} is then the first copy's id).
 */
public record IngestOutcome(String articleId, boolean duplicate, NearDuplicate nearDuplicate) {

    public String status() {
        return duplicate ? "duplicate" : "accepted";
    }
}
