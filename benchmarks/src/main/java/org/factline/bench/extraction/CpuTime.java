package org.factline.bench.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time the benchmark thread spent, reported by JMH as a rate next to ops/s. On a machine
 * shared with other work the wall-clock rate says how much CPU the thread got; ops/s divided by
 * ({@code cpuNanos} / 1e9, the CPU seconds per wall second) is documents per CPU second, i.e. per core.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds of the measured thread in this iteration; JMH reports it per second of wall time. */
    public long cpuNanos;
    private long startedAt;

    @Setup(Level.Iteration)
    public void start() {
        cpuNanos = 0;
        startedAt = THREADS.getCurrentThreadCpuTime();
    }

    /** Called after each operation: moves the counter to the thread's CPU time so far in this iteration. */
    void update() {
        cpuNanos = THREADS.getCurrentThreadCpuTime() - startedAt;
    }
}
