package org.factline.gateway.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.gateway.config.GatewayConfig;
import org.factline.gateway.domain.ApiKey;
import org.factline.gateway.domain.ApiKeyStore;
import org.factline.gateway.domain.Role;
import org.junit.jupiter.api.Test;

/** Key rules without a server: the last admin stays, opaque keys work, revoked keys do not. */
class ApiKeysTest {

    private final InMemoryKeys store = new InMemoryKeys();
    private final ApiKeys keys = new ApiKeys(store, new RateLimiter(new Config()));

    @Test
    void the_last_active_admin_key_cannot_be_revoked_but_one_of_two_can() {
        ApiKeys.Issued first = keys.issue("first admin", List.of("admin"), null);
        assertThatThrownBy(() -> keys.revoke(first.key().id())).isInstanceOf(ClientErrorException.class)
                .hasMessageContaining("last active admin key")
                .satisfies(e -> assertThat(((ClientErrorException) e).getResponse().getStatus()).isEqualTo(409));
        ApiKeys.Issued second = keys.issue("second admin", List.of("admin"), null);
        keys.revoke(first.key().id());
        assertThat(keys.authenticate(first.token())).isEmpty();
        assertThat(keys.authenticate(second.token())).map(Caller::name).contains("second admin");
        assertThatThrownBy(() -> keys.revoke(first.key().id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_adopted_opaque_key_authenticates_by_its_text_and_nothing_else_does() {
        keys.adopt("correct horse battery staple", "bootstrap", EnumSet.of(Role.ADMIN));
        assertThat(keys.authenticate("correct horse battery staple")).map(Caller::roles).contains(EnumSet.of(Role.ADMIN));
        assertThat(keys.authenticate("correct horse battery")).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(store.all().get(0).hash()).doesNotContain("correct");
    }

    @Test
    void a_token_with_a_known_id_and_a_wrong_secret_is_refused() {
        ApiKeys.Issued k = keys.issue("reader", List.of("reader"), 10);
        String forged = k.token().substring(0, k.token().length() - 2) + "xx";
        assertThat(keys.authenticate(forged)).isEmpty();
        assertThat(keys.authenticate(k.token())).map(Caller::requestsPerMinute).contains(10);
    }

    @Test
    void bootstrap_generates_an_admin_key_only_while_none_exists() {
        AdminKeyBootstrap generated = new AdminKeyBootstrap(keys, new Config());
        generated.onStart(null);
        generated.onStart(null);
        assertThat(store.all()).extracting(ApiKey::name).containsExactly("bootstrap admin (generated)");
        assertThat(store.all().get(0).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void bootstrap_adopts_factline_admin_key_when_given() {
        Config given = new Config() {
            @Override
            public Optional<String> adminKey() {
                return Optional.of("  s3cret-admin  ");
            }
        };
        new AdminKeyBootstrap(keys, given).onStart(null);
        assertThat(keys.authenticate("s3cret-admin")).map(Caller::roles).contains(EnumSet.of(Role.ADMIN));
        new AdminKeyBootstrap(keys, given).onStart(null);
        assertThat(store.all()).hasSize(1);
    }

    private static final class InMemoryKeys implements ApiKeyStore {
        private final Map<String, ApiKey> keys = new LinkedHashMap<>();

        @Override
        public void insert(ApiKey key) {
            keys.put(key.id(), key);
        }

        @Override
        public Optional<ApiKey> find(String id) {
            return Optional.ofNullable(keys.get(id));
        }

        @Override
        public List<ApiKey> activeOpaque() {
            return keys.values().stream().filter(k -> k.opaque() && k.active()).toList();
        }

        @Override
        public List<ApiKey> all() {
            return new ArrayList<>(keys.values());
        }

        @Override
        public boolean revoke(String id, Instant at) {
            ApiKey k = keys.get(id);
            if (k == null || !k.active()) {
                return false;
            }
            keys.put(id, new ApiKey(k.id(), k.name(), k.roles(), k.salt(), k.hash(), k.opaque(), k.requestsPerMinute(),
                    k.createdAt(), at));
            return true;
        }

        @Override
        public long countActiveWithRole(Role role) {
            return keys.values().stream().filter(k -> k.active() && k.roles().contains(role)).count();
        }
    }

    private static class Config implements GatewayConfig {
        @Override
        public Optional<String> adminKey() {
            return Optional.empty();
        }

        @Override
        public int requestsPerMinute() {
            return 600;
        }

        @Override
        public int eventsPageSize() {
            return 1000;
        }

        @Override
        public Webhooks webhooks() {
            return null;
        }

        @Override
        public WebSocket websocket() {
            return null;
        }

        @Override
        public Limits limits() {
            return null;
        }

        @Override
        public Ingest ingest() {
            return null;
        }
    }
}
