package org.factline.claims.domain;

/** Port: publishes a commit's fact events in order and returns once the broker acknowledged them. */
public interface FactEventPublisher {

    void publish(StoredCommit commit);
}
