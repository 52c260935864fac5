package org.factline.bench.claims;

import java.math.BigDecimal;
import java.time.Instant;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.Attribution;
import org.factline.contracts.value.ClaimValue;
import org.factline.contracts.value.FactKey;
import org.factline.contracts.value.Provenance;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;

/**
 * Synthetic claims for the claims-service benchmarks (no corpus needed): claim {@code n} goes to
 * fact {@code n / CLAIMS_PER_FACT}, from one of {@code OUTLETS} outlets; four in five say 83 and
 * one in five says 40, so facts get corroborations and contradictions as real ones do.
 */
final class BenchClaims {

    static final int CLAIMS_PER_FACT = 10;
    static final int OUTLETS = 25;
    private static final Instant AT = Instant.parse("2025-11-17T10:00:00Z");

    private BenchClaims() {
    }

    static FactKey factOf(long n) {
        return FactKey.of("amount", "bench-" + (n / CLAIMS_PER_FACT));
    }

    static ClaimExtracted claim(String run, long n) {
        BigDecimal v = BigDecimal.valueOf(n % 5 == 4 ? 40 : 83);
        String id = run + "-" + n;
        return new ClaimExtracted(id, factOf(n), "bench", "amount",
                ClaimValue.of(new Quantity(v, "usd", Qualifier.EXACT, v, v)), null, Attribution.articleVoice(),
                new Provenance("art-" + id, "outlet-" + (n % OUTLETS) + ".example", null, 0, 18, "a reward of " + v + " dollars",
                        "bench.rule", "0.1.0", 0.7), AT);
    }
}
