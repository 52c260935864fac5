package org.factline.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    private static final String WIRE = "The harbour authority said on Monday that twelve container ships were held outside "
            + "the port after a storm damaged two cranes, and that work to repair them would take at least a week. "
            + "Shipping agents said the delay would push up freight rates for grain and fertiliser on the coast, "
            + "while the authority promised to publish a new schedule for arrivals by Wednesday evening.";

    @Test
    void a_lightly_edited_reprint_links_to_the_original_and_an_unrelated_story_does_not() {
        NearDuplicateIndex index = new NearDuplicateIndex(0.7);
        index.add("wire", MinHash.signature(WIRE));
        String reprint = "REPRINT - " + WIRE.replace("on Monday", "on Monday morning").replace("grain", "wheat");
        String other = "Heavy rain closed three schools in the northern district, where officials counted more than "
                + "forty flooded homes and said buses would not run until the river fell below its banks again.";

        assertThat(index.originalOf(MinHash.signature(reprint))).hasValueSatisfying(link -> {
            assertThat(link.originalArticleId()).isEqualTo("wire");
            assertThat(link.similarity()).isBetween(0.7, 1.0);
        });
        assertThat(index.originalOf(MinHash.signature(other))).isEmpty();
        assertThat(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(WIRE))).isEqualTo(1.0);
    }

    @Test
    void signatures_are_stable_across_runs_and_tolerate_tiny_texts() {
        assertThat(MinHash.signature("two words")).containsExactly(MinHash.signature("Two   words"));
        assertThat(MinHash.signature("")).hasSize(MinHash.SIZE);
    }
}
