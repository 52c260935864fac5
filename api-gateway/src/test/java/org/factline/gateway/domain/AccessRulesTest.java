package org.factline.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Token buckets, key secrets and role grants: pure rules, no framework. */
class AccessRulesTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_bucket_allows_its_size_then_says_how_long_to_wait_and_refills_evenly() {
        TokenBucket bucket = new TokenBucket(60, 0); // one a second
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.tryTake(0)).isZero();
        }
        assertThat(bucket.tryTake(0)).isEqualTo(1);
        assertThat(bucket.tryTake(SECOND / 2)).isEqualTo(1);
        assertThat(bucket.tryTake(SECOND)).isZero();
        assertThat(bucket.tryTake(SECOND)).isEqualTo(1);

        TokenBucket slow = new TokenBucket(2, 0); // one every 30 s
        slow.tryTake(0);
        slow.tryTake(0);
        assertThat(slow.tryTake(0)).isEqualTo(30);
        assertThatThrownBy(() -> new TokenBucket(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_bucket_never_holds_more_than_its_size() {
        TokenBucket bucket = new TokenBucket(3, 0);
        long later = 3600 * SECOND;
        assertThat(bucket.tryTake(later)).isZero();
        assertThat(bucket.tryTake(later)).isZero();
        assertThat(bucket.tryTake(later)).isZero();
        assertThat(bucket.tryTake(later)).isPositive();
    }

    @Test
    void issued_tokens_parse_back_and_only_the_right_secret_matches_its_salted_hash() {
        String id = KeySecrets.newId();
        String secret = KeySecrets.newSecret();
        String salt = KeySecrets.newSalt();
        String hash = KeySecrets.hash(secret, salt);
        KeySecrets.Token t = KeySecrets.parse(KeySecrets.token(id, secret)).orElseThrow();
        assertThat(t.id()).isEqualTo(id);
        assertThat(t.secret()).isEqualTo(secret);
        assertThat(KeySecrets.matches(secret, salt, hash)).isTrue();
        assertThat(KeySecrets.matches(secret + "x", salt, hash)).isFalse();
        assertThat(KeySecrets.hash(secret, KeySecrets.newSalt())).isNotEqualTo(hash);
        assertThat(hash).doesNotContain(secret);
        assertThat(KeySecrets.parse("fl_short_x")).isEmpty();
        assertThat(KeySecrets.parse("not-a-token")).isEmpty();
        assertThat(KeySecrets.parse(null)).isEmpty();
    }

    @Test
    void admin_grants_everything_fact_checker_also_reads_others_only_themselves() {
        assertThat(Role.grants(Set.of(Role.ADMIN), Role.FACT_CHECKER)).isTrue();
        assertThat(Role.grants(Set.of(Role.FACT_CHECKER), Role.READER)).isTrue();
        assertThat(Role.grants(Set.of(Role.READER), Role.FACT_CHECKER)).isFalse();
        assertThat(Role.grants(Set.of(Role.INGESTER), Role.READER)).isFalse();
        assertThat(Role.grants(Set.of(Role.READER), Role.ADMIN)).isFalse();
        assertThat(Role.fromWire(" Fact-Checker ")).contains(Role.FACT_CHECKER);
        assertThat(Role.fromWire("root")).isEmpty();
    }
}
