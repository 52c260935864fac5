package org.factline.gateway.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.factline.gateway.domain.Role;
import org.junit.jupiter.api.Test;

/** The verified-key cache: how long a check holds, what a revoke does, and its bound. */
class VerifiedKeysTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final Caller reader = new Caller("k1", "reader", EnumSet.of(Role.READER), null);

    @Test
    void a_verified_token_is_trusted_until_the_ttl_and_not_after() {
        VerifiedKeys cache = new VerifiedKeys(Duration.ofSeconds(5), 10, now::get);
        cache.put("fl_token", reader);
        now.addAndGet(Duration.ofMillis(4_999).toNanos());
        assertThat(cache.get("fl_token")).contains(reader);
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.get("fl_token")).isEmpty();
        assertThat(cache.size()).as("the expired entry is dropped").isZero();
    }

    @Test
    void only_the_exact_token_matches() {
        VerifiedKeys cache = new VerifiedKeys(Duration.ofSeconds(5), 10, now::get);
        cache.put("fl_token", reader);
        assertThat(cache.get("fl_tokeN")).isEmpty();
        assertThat(cache.get("fl_token ")).isEmpty();
    }

    @Test
    void forgetting_a_key_drops_every_token_of_it_and_no_other() {
        VerifiedKeys cache = new VerifiedKeys(Duration.ofSeconds(5), 10, now::get);
        Caller other = new Caller("k2", "other", EnumSet.of(Role.ADMIN), 5);
        cache.put("fl_a", reader);
        cache.put("fl_b", reader);
        cache.put("fl_c", other);
        cache.forget("k1");
        assertThat(cache.get("fl_a")).isEmpty();
        assertThat(cache.get("fl_b")).isEmpty();
        assertThat(cache.get("fl_c")).contains(other);
    }

    @Test
    void a_full_cache_starts_over_instead_of_growing() {
        VerifiedKeys cache = new VerifiedKeys(Duration.ofSeconds(5), 3, now::get);
        for (String t : List.of("t1", "t2", "t3", "t4")) {
            cache.put(t, reader);
        }
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("t4")).contains(reader);
        assertThat(cache.get("t1")).isEmpty();
    }

    @Test
    void a_zero_ttl_turns_caching_off_and_bad_settings_are_refused() {
        VerifiedKeys off = new VerifiedKeys(Duration.ZERO, 10, now::get);
        off.put("fl_token", reader);
        assertThat(off.get("fl_token")).isEmpty();
        assertThatThrownBy(() -> new VerifiedKeys(Duration.ofSeconds(-1), 10, now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerifiedKeys(Duration.ofSeconds(1), 0, now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
