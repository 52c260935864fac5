package org.factline.evaluation.stories;

import java.util.Objects;

/** A Reuters-21578 article (by NEWID) and the gold story it belongs to; the text is read at run time. */
public record ReutersStoryLabel(String newid, String story, String note) {

    public ReutersStoryLabel {
        Objects.requireNonNull(newid, "newid");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(note, "note");
    }
}
