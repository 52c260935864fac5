package org.factline.gateway.application;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factline.gateway.domain.Alert;
import org.factline.gateway.domain.AlertFilter;
import org.factline.gateway.domain.AlertLog;
import org.jboss.logging.Logger;

/**
 * Live alerts, resumable. Each follower reads the alert log after the last sequence it sent, and
 * reads again whenever a new alert is recorded. Replay and live delivery are one loop over the
 * store, so nothing recorded between "replay" and "live" can fall through the gap, and nothing is
 * sent twice.
 */
@ApplicationScoped
public class AlertFeed {

    private static final Logger LOG = Logger.getLogger(AlertFeed.class);
    private static final int PAGE = 200;

    private final AlertLog log;
    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
    private final ExecutorService readers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "alert-feed");
        t.setDaemon(true);
        return t;
    });

    AlertFeed(AlertLog log) {
        this.log = log;
    }

    /** Alerts after sequence {@code after} that pass the filter: first those already stored, then live ones. */
    public Multi<Alert> follow(long after, AlertFilter filter) {
        return Multi.createFrom().emitter(emitter -> {
            Follower f = new Follower(after, filter, emitter);
            followers.add(f);
            emitter.onTermination(() -> followers.remove(f));
            f.pump();
        });
    }

    /** A new alert was recorded. */
    public void wake() {
        for (Follower f : followers) {
            f.pump();
        }
    }

    public int followers() {
        return followers.size();
    }

    @PreDestroy
    void stop() {
        followers.forEach(f -> f.emitter.complete());
        readers.shutdownNow();
    }

    private final class Follower {
        private final AlertFilter filter;
        private final MultiEmitter<? super Alert> emitter;
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicBoolean again = new AtomicBoolean();
        private long last;

        Follower(long after, AlertFilter filter, MultiEmitter<? super Alert> emitter) {
            this.last = after;
            this.filter = filter;
            this.emitter = emitter;
        }

        void pump() {
            again.set(true);
            if (running.compareAndSet(false, true)) {
                readers.execute(this::drain);
            }
        }

        private void drain() {
            try {
                while (again.getAndSet(false) && !emitter.isCancelled()) {
                    List<Alert> page;
                    do {
                        page = log.after(last, filter, PAGE);
                        for (Alert a : page) {
                            emitter.emit(a);
                            last = a.sequence();
                        }
                    } while (page.size() == PAGE && !emitter.isCancelled());
                }
            } catch (RuntimeException e) {
                LOG.warn("live alert feed failed; closing this follower", e);
                emitter.fail(e);
            } finally {
                running.set(false);
            }
            if (again.get() && !emitter.isCancelled() && running.compareAndSet(false, true)) {
                readers.execute(this::drain); // woken while finishing
            }
        }
    }
}
