package org.factline.ingest.adapter.in.rest;

/** Answer to a post: the article's id and whether it was new or a duplicate of that id. */
public record IngestResponse(String id, String status) {
}
