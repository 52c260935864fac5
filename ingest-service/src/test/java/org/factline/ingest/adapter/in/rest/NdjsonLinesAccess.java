package org.factline.ingest.adapter.in.rest;

import java.io.InputStream;
import java.util.Iterator;
import org.factline.ingest.application.IngestBatch.RawLine;

/** Test access to the package-private reader. */
public final class NdjsonLinesAccess {

    private NdjsonLinesAccess() {
    }

    public static Iterator<RawLine> open(InputStream in, int maxLineBytes) {
        return new NdjsonLines(in, maxLineBytes);
    }
}
