package org.factline.ingest.domain;

/** Port: turns an HTML page into article text and the metadata the page states about itself. */
public interface PageReader {

    /** Title, byline and publishedAt are null when the page does not state them. */
    record Page(String title, String text, String byline, String publishedAt) {
    }

    Page read(String html);
}
