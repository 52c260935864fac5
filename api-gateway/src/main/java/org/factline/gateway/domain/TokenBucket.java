package org.factline.gateway.domain;

/**
 * A token bucket: holds up to {@code capacity} requests, refilled evenly at {@code perMinute}
 * tokens a minute. Time comes in as nanoseconds from any monotonic clock.
 */
public final class TokenBucket {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long last;

    public TokenBucket(int perMinute, long nowNanos) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1, got " + perMinute);
        }
        this.capacity = perMinute;
        this.tokensPerNano = perMinute / (double) NANOS_PER_MINUTE;
        this.tokens = perMinute;
        this.last = nowNanos;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Takes one token if there is one.
     *
     * @return 0 when the request may go ahead, else the whole seconds (at least 1) until a token is there
     */
    public synchronized long tryTake(long nowNanos) {
        if (nowNanos > last) {
            tokens = Math.min(capacity, tokens + (nowNanos - last) * tokensPerNano);
            last = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double nanosToWait = (1 - tokens) / tokensPerNano;
        return Math.max(1, (long) Math.ceil(nanosToWait / 1_000_000_000d));
    }
}
