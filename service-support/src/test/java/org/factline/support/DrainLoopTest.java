package org.factline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.factline.support.work.DrainLoop;
import org.junit.jupiter.api.Test;

class DrainLoopTest {

    @Test
    void drains_until_the_step_reports_no_work() {
        AtomicInteger left = new AtomicInteger(5);
        try (DrainLoop loop = new DrainLoop("t", () -> left.get() > 0 ? Math.min(2, left.getAndAdd(-2)) : 0)) {
            assertThat(loop.drain()).isEqualTo(5);
            assertThat(left.get()).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void a_failing_step_is_contained_and_the_next_drain_retries() {
        AtomicInteger calls = new AtomicInteger();
        try (DrainLoop loop = new DrainLoop("t", () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("broker away");
            }
            return 0;
        })) {
            assertThat(loop.drain()).isZero();
            assertThat(loop.drain()).isZero();
            assertThat(calls.get()).isEqualTo(2);
        }
    }
}
