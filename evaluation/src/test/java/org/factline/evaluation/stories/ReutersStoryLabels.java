package org.factline.evaluation.stories;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.evaluation.Split;
import org.factline.evaluation.Tsv;

/** Loads {@code /stories-reuters/<split>.tsv}: ids and labels only, never article text. */
public final class ReutersStoryLabels {

    public static final List<String> COLUMNS = List.of("newid", "story", "note");

    private ReutersStoryLabels() {
    }

    public static List<ReutersStoryLabel> load(Split split) {
        return Tsv.readResource("/stories-reuters/" + split.stem() + ".tsv", COLUMNS,
                row -> new ReutersStoryLabel(row.get("newid"), row.get("story"), row.get("note")));
    }

    /** Gold story per NEWID, the gold side of article → story B-cubed. */
    public static Map<String, String> goldStoryByNewid(List<ReutersStoryLabel> labels) {
        Map<String, String> gold = new LinkedHashMap<>();
        labels.forEach(label -> gold.put(label.newid(), label.story()));
        return gold;
    }
}
