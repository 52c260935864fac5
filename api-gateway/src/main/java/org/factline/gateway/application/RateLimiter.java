package org.factline.gateway.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.factline.gateway.config.GatewayConfig;
import org.factline.gateway.domain.TokenBucket;

/** Per-key token buckets, in memory (one gateway instance; a restart refills every bucket). */
@ApplicationScoped
public class RateLimiter {

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int defaultPerMinute;

    RateLimiter(GatewayConfig config) {
        this.defaultPerMinute = config.requestsPerMinute();
    }

    /** @return 0 when the request may go ahead, else seconds to wait */
    public long tryAcquire(String keyId, Integer perMinute) {
        int limit = perMinute == null ? defaultPerMinute : perMinute;
        long now = System.nanoTime();
        TokenBucket bucket = buckets.compute(keyId, (id, b) -> b == null || b.capacity() != limit ? new TokenBucket(limit, now) : b);
        return bucket.tryTake(now);
    }

    public void forget(String keyId) {
        buckets.remove(keyId);
    }
}
