package org.factline.gateway.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an API key may do. {@code admin} grants every role; {@code fact-checker} also grants
 * {@code reader} (a fact-checker has to read what she judges). Other roles grant only themselves.
 */
public enum Role {
    READER("reader"),
    FACT_CHECKER("fact-checker"),
    INGESTER("ingester"),
    ADMIN("admin");

    private final String wire;

    Role(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Role> fromWire(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.wire.equals(t)).findFirst();
    }

    /** Whether a key holding {@code held} may call an operation that needs {@code required}. */
    public static boolean grants(Set<Role> held, Role required) {
        if (held.contains(ADMIN) || held.contains(required)) {
            return true;
        }
        return required == READER && held.contains(FACT_CHECKER);
    }
}
