package org.factline.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the evaluation sets' tab-separated files: the first line names the columns, every later
 * line is one row with exactly that many cells (no quoting: cells never hold a tab or newline).
 * A malformed row fails with its source and line number.
 */
public final class Tsv {

    private Tsv() {
    }

    /** One row, cells looked up by column name. */
    public record Row(String source, int line, Map<String, String> cells) {
        public String get(String column) {
            String cell = cells.get(column);
            if (cell == null) {
                throw new IllegalArgumentException(source + ":" + line + ": no column " + column);
            }
            return cell;
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }

    public static <T> List<T> readResource(String resource, List<String> expectedColumns, Function<Row, T> mapper) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("missing resource " + resource);
        }
        return read(resource, in, expectedColumns, mapper);
    }

    public static <T> List<T> readFile(Path file, List<String> expectedColumns, Function<Row, T> mapper) {
        try {
            return read(file.toString(), Files.newInputStream(file), expectedColumns, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> read(String source, InputStream in, List<String> expectedColumns,
                                    Function<Row, T> mapper) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException(source + ": empty file");
            }
            List<String> columns = Arrays.asList(header.split("\t", -1));
            if (!columns.equals(expectedColumns)) {
                throw new IllegalArgumentException(source + ": columns " + columns + ", expected " + expectedColumns);
            }
            List<T> rows = new ArrayList<>();
            String text;
            int line = 1;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isEmpty()) {
                    continue;
                }
                String[] cells = text.split("\t", -1);
                if (cells.length != columns.size()) {
                    throw new IllegalArgumentException(source + ":" + line + ": " + cells.length + " cells, expected "
                            + columns.size());
                }
                Map<String, String> byName = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    byName.put(columns.get(i), cells[i]);
                }
                rows.add(mapper.apply(new Row(source, line, byName)));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
