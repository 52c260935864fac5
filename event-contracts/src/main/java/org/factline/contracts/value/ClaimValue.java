package org.factline.contracts.value;

import java.util.Objects;

/**
 * What a claim says the value is: exactly one of quantity, time, duration or category is set,
 * as named by {@code kind}. A duration is an ISO-8601 period ("P2Y").
 */
public record ClaimValue(ValueKind kind, Quantity quantity, TimeInterval time, String duration, String category) {

    public ClaimValue {
        Objects.requireNonNull(kind, "kind");
        Object chosen = switch (kind) {
            case QUANTITY -> quantity;
            case TIME -> time;
            case DURATION -> duration;
            case CATEGORY -> category;
        };
        int set = (quantity != null ? 1 : 0) + (time != null ? 1 : 0) + (duration != null ? 1 : 0)
                + (category != null ? 1 : 0);
        if (chosen == null || set != 1) {
            throw new IllegalArgumentException("a " + kind + " claim value must set exactly its own field");
        }
    }

    public static ClaimValue of(Quantity quantity) {
        return new ClaimValue(ValueKind.QUANTITY, quantity, null, null, null);
    }

    public static ClaimValue of(TimeInterval time) {
        return new ClaimValue(ValueKind.TIME, null, time, null, null);
    }

    public static ClaimValue category(String category) {
        return new ClaimValue(ValueKind.CATEGORY, null, null, null, category);
    }
}
