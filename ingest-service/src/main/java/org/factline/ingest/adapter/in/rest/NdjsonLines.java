package org.factline.ingest.adapter.in.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.factline.ingest.application.IngestBatch.RawLine;

/**
 * Reads an NDJSON body line by line as it arrives, never holding more than one line. Each line is
 * decoded as strict UTF-8 on its own, so one bad line is reported and the rest still count;
 * blank lines are skipped; a line over the limit is skipped to its end and reported.
 */
final class NdjsonLines implements Iterator<RawLine> {

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer = new byte[8192];
    private int lineNumber;
    private RawLine next;
    private boolean eof;

    NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public RawLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawLine line = next;
        next = null;
        return line;
    }

    /** The next non-blank line, or null at a blank line or the end. */
    private RawLine readLine() {
        try {
            int length = 0;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (length >= maxLineBytes) {
                    tooLong = true;
                    continue;
                }
                if (length == buffer.length) {
                    byte[] bigger = new byte[Math.min(maxLineBytes, buffer.length * 2)];
                    System.arraycopy(buffer, 0, bigger, 0, length);
                    buffer = bigger;
                }
                buffer[length++] = (byte) b;
            }
            eof = b == -1;
            if (length == 0 && !tooLong) {
                if (!eof) {
                    lineNumber++;
                }
                return null;
            }
            lineNumber++;
            if (tooLong) {
                return new RawLine(lineNumber, null, "line is longer than " + maxLineBytes + " bytes");
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buffer, 0, length)).toString();
                return text.isBlank() ? null : new RawLine(lineNumber, text, null);
            } catch (CharacterCodingException e) {
                return new RawLine(lineNumber, null, "line is not valid UTF-8");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the batch body failed", e);
        }
    }
}
