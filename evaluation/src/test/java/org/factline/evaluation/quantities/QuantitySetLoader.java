package org.factline.evaluation.quantities;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.factline.evaluation.RepoPaths;
import org.factline.evaluation.Split;
import org.factline.evaluation.Tsv;

/**
 * Loads {@code extraction-service/src/test/resources/eval/quantities/<split>.tsv}. The set lives
 * beside the extractor that it scores; this module reads it from the repository tree.
 */
public final class QuantitySetLoader {

    public static final List<String> COLUMNS = List.of("id", "language", "category", "sentence", "surface", "value",
            "unit", "qualifier", "dct", "notes");
    public static final Set<String> QUALIFIERS = Set.of("=", "~", ">=", ">", "<=", "<", "range", "up", "down", "-");

    private QuantitySetLoader() {
    }

    public static Path file(Split split) {
        return RepoPaths.repoRoot().resolve("extraction-service/src/test/resources/eval/quantities")
                .resolve(split.stem() + ".tsv");
    }

    public static List<QuantityMention> load(Split split) {
        return Tsv.readFile(file(split), COLUMNS, row -> {
            String qualifier = row.get("qualifier");
            if (!QUALIFIERS.contains(qualifier)) {
                throw row.error("unknown qualifier " + qualifier);
            }
            String unit = row.get("unit");
            GoldValue value;
            try {
                value = GoldValue.parse(row.get("value"), unit);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            return new QuantityMention(row.get("id"), row.get("language"), Integer.parseInt(row.get("category")),
                    row.get("sentence"), row.get("surface"), value, unit, qualifier, row.get("dct"), row.get("notes"));
        });
    }
}
