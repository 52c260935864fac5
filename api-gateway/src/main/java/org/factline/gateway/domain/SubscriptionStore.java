package org.factline.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: webhook subscriptions and their delivery status. */
public interface SubscriptionStore {

    void insert(Subscription s);

    Optional<Subscription> find(String id);

    List<Subscription> all();

    List<Subscription> ownedBy(String keyId);

    boolean delete(String id);

    /** An alert was accepted: move the cursor, count it, clear the failure streak. */
    void delivered(String id, long sequence, int status, Instant at);

    /** An attempt failed: count it and say why. */
    void failed(String id, Integer status, String error, Instant at);
}
