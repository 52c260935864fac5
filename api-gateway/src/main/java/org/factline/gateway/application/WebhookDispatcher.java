package org.factline.gateway.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factline.gateway.config.GatewayConfig;
import org.factline.gateway.domain.Alert;
import org.factline.gateway.domain.AlertLog;
import org.factline.gateway.domain.Subscription;
import org.factline.gateway.domain.SubscriptionStore;
import org.factline.gateway.domain.WebhookSignature;
import org.jboss.logging.Logger;

/**
 * Delivers alerts to webhook subscriptions, one alert at a time per subscription and in sequence
 * order (at least once: the receiver de-duplicates by {@code X-Factline-Event-Id}). A failed POST
 * (not 2xx, or no answer) is retried after a backoff that doubles up to a ceiling; the cursor
 * moves only when the receiver accepted, and it is stored, so a restart resumes where it was.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final SubscriptionStore store;
    private final AlertLog log;
    private final WebhookSender sender;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "webhook-delivery");
        t.setDaemon(true);
        return t;
    });

    WebhookDispatcher(SubscriptionStore store, AlertLog log, WebhookSender sender, GatewayConfig config) {
        this.store = store;
        this.log = log;
        this.sender = sender;
        this.initialBackoff = config.webhooks().initialBackoff();
        this.maxBackoff = config.webhooks().maxBackoff();
    }

    void onStart(@Observes StartupEvent start) {
        store.all().forEach(s -> start(s.id()));
    }

    public void start(String subscriptionId) {
        deliveries.computeIfAbsent(subscriptionId, Delivery::new).pump();
    }

    public void stop(String subscriptionId) {
        Delivery d = deliveries.remove(subscriptionId);
        if (d != null) {
            d.cancelled = true;
        }
    }

    /** A new alert was recorded. */
    public void wake() {
        deliveries.values().forEach(Delivery::pump);
    }

    @PreDestroy
    void shutdown() {
        workers.shutdownNow();
    }

    private final class Delivery {
        private final String id;
        private final AtomicBoolean busy = new AtomicBoolean();
        private final AtomicBoolean again = new AtomicBoolean();
        private volatile boolean cancelled;

        Delivery(String id) {
            this.id = id;
        }

        void pump() {
            again.set(true);
            if (busy.compareAndSet(false, true)) {
                workers.execute(this::run);
            }
        }

        private void run() {
            try {
                while (again.getAndSet(false)) {
                    while (!cancelled) {
                        Optional<Subscription> sub = store.find(id);
                        if (sub.isEmpty()) {
                            cancelled = true;
                            return;
                        }
                        List<Alert> next = log.after(sub.get().cursor(), sub.get().filter(), 1);
                        if (next.isEmpty()) {
                            break;
                        }
                        if (!attempt(sub.get(), next.get(0))) {
                            long delay = backoff(sub.get().failedAttempts() + 1).toMillis();
                            workers.schedule(this::retry, delay, TimeUnit.MILLISECONDS);
                            return; // stays busy until the retry runs
                        }
                    }
                }
                busy.set(false);
                if (again.get() && !cancelled && busy.compareAndSet(false, true)) {
                    workers.execute(this::run);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "webhook delivery for subscription %s stopped; retrying", id);
                workers.schedule(this::retry, maxBackoff.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void retry() {
            again.set(true);
            run();
        }

        private boolean attempt(Subscription s, Alert a) {
            byte[] body = a.event().getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = Map.of(WebhookSignature.HEADER, WebhookSignature.of(s.secret(), body),
                    "X-Factline-Event-Id", a.eventId(), "X-Factline-Sequence", Long.toString(a.sequence()),
                    "X-Factline-Subscription", s.id());
            Instant now = Instant.now();
            try {
                int status = sender.post(s.url(), body, headers);
                if (status >= 200 && status < 300) {
                    store.delivered(s.id(), a.sequence(), status, now);
                    return true;
                }
                store.failed(s.id(), status, "receiver answered " + status, now);
            } catch (IOException | IllegalArgumentException e) {
                store.failed(s.id(), null, "no answer: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage()), now);
            }
            return false;
        }
    }

    Duration backoff(int failures) {
        long millis = initialBackoff.toMillis() << Math.min(20, Math.max(0, failures - 1));
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
