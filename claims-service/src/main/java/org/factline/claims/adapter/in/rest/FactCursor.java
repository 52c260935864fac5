package org.factline.claims.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.factline.contracts.value.FactKey;
import org.factline.support.rest.Problem;

/**
 * The opaque {@code cursor} of the fact search: the last fact key of a page, base64url-encoded, so
 * clients pass it back rather than build it. A cursor that does not decode to a fact key is a 400.
 */
final class FactCursor {

    static final String PARAM = "cursor";

    private FactCursor() {
    }

    static String encode(String lastKey) {
        return lastKey == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The fact key to continue after, or null for the first page. */
    static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new FactKey(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)).value();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest(List.of(new Problem.FieldProblem(PARAM,
                    "is not a cursor this service issued; pass the next value of the previous page unchanged")));
        }
    }
}
