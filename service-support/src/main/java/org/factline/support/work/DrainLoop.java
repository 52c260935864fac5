package org.factline.support.work;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;

/**
 * Runs a "drain" step (an outbox relay, a projector) on its own thread: at once when woken, and
 * again from a periodic sweep. The step returns how much it did; the loop repeats while there was
 * work or a wake-up arrived meanwhile, so nothing signalled is left waiting for the next sweep.
 * A failing step is logged and retried at the next wake-up or sweep, never lost.
 */
public final class DrainLoop implements AutoCloseable {

    private final String name;
    private final IntSupplier step;
    private final Logger log;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final ExecutorService thread;

    public DrainLoop(String name, IntSupplier step) {
        this.name = name;
        this.step = step;
        this.log = Logger.getLogger(DrainLoop.class.getName() + "." + name);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for a run soon, off the caller's thread. */
    public void wake() {
        wakeRequested.set(true);
        if (!thread.isShutdown()) {
            thread.execute(this::drain);
        }
    }

    /** Runs on the caller's thread until there is nothing left; returns how much was done. */
    public int drain() {
        if (!running.tryLock()) {
            wakeRequested.set(true); // the running drain will go round once more
            return 0;
        }
        int total = 0;
        try {
            int done;
            do {
                wakeRequested.set(false);
                done = step.getAsInt();
                total += done;
            } while (done > 0 || wakeRequested.get());
        } catch (RuntimeException e) {
            log.warnf("%s paused after %d items, will retry: %s", name, total, e.toString());
        } finally {
            running.unlock();
        }
        return total;
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
