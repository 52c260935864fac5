package org.factline.ingest.adapter.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.factline.ingest.application.IngestBatch.RawLine;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    @Test
    void reports_bad_utf8_and_overlong_lines_by_number_and_keeps_the_rest() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"a\":1}\n\n".getBytes(StandardCharsets.UTF_8));
        body.write(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});
        body.write(("x".repeat(50) + "\n").getBytes(StandardCharsets.UTF_8));
        body.write("{\"b\":\"ü\"}".getBytes(StandardCharsets.UTF_8));
        List<RawLine> lines = new ArrayList<>();
        Iterator<RawLine> it = org.factline.ingest.adapter.in.rest.NdjsonLinesAccess.open(
                new ByteArrayInputStream(body.toByteArray()), 20);
        it.forEachRemaining(lines::add);

        assertThat(lines).extracting(RawLine::number).containsExactly(1, 3, 4, 5);
        assertThat(lines.get(0).text()).isEqualTo("{\"a\":1}");
        assertThat(lines.get(1).unreadable()).isEqualTo("line is not valid UTF-8");
        assertThat(lines.get(2).unreadable()).isEqualTo("line is longer than 20 bytes");
        assertThat(lines.get(3).text()).isEqualTo("{\"b\":\"ü\"}");
    }
}
