package org.factline.gateway.domain;

import java.util.List;
import java.util.Optional;

/** Port: the gateway's own record of contradiction alerts (the history behind live feeds). */
public interface AlertLog {

    /**
     * Idempotent per event id.
     *
     * @return the alert with its sequence number when it was new, empty when it was already recorded
     */
    Optional<Alert> record(Alert alert);

    List<Alert> recent(int limit);

    /** Alerts with a sequence above {@code after} that pass the filter, in sequence order, at most {@code limit}. */
    List<Alert> after(long after, AlertFilter filter, int limit);

    /** The recorded detection alert of a contradiction, if it is here. */
    Optional<Alert> detectionOf(String contradictionId);

    /** The highest sequence given so far, 0 when none. */
    long lastSequence();
}
