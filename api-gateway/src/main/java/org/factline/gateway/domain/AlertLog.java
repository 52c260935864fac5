package org.factline.gateway.domain;

import java.util.List;

/** Port: the gateway's own record of contradiction alerts (the history behind live feeds). */
public interface AlertLog {

    /** Idempotent per event id. */
    void record(Alert alert);

    List<Alert> recent(int limit);
}
