package org.factline.extraction.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a tab-separated spec file from the test class path: one row per non-blank, non-comment line. */
final class SpecFile {

    private SpecFile() {
    }

    static List<List<String>> rows(String resource) throws IOException {
        try (InputStream in = SpecFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing spec file " + resource);
            }
            String spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return spec.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> List.of(l.split("\t", -1))).toList();
        }
    }
}
