package org.factline.claims.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells the relay and the projector that a commit was stored, so they run at once instead of at
 * their next sweep. Listeners must not block.
 */
@ApplicationScoped
public class FactChangeSignals {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void onCommit(Runnable listener) {
        listeners.add(listener);
    }

    void committed() {
        new ArrayList<>(listeners).forEach(Runnable::run);
    }
}
