package org.factline.gateway.application;

import java.security.Principal;
import java.util.Set;
import org.factline.gateway.domain.Role;

/** Who is calling: an authenticated API key. Its principal name is the key's name. */
public record Caller(String keyId, String name, Set<Role> roles, Integer requestsPerMinute) implements Principal {

    @Override
    public String getName() {
        return name;
    }
}
