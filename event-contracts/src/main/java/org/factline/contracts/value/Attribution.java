package org.factline.contracts.value;

/**
 * Who asserts a claim. {@code asserter} is null when the article states it in its own voice,
 * which {@code articleAsserts} then says explicitly.
 */
public record Attribution(String asserter, boolean articleAsserts) {

    public static Attribution articleVoice() {
        return new Attribution(null, true);
    }
}
