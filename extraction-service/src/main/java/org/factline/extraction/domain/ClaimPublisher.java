package org.factline.extraction.domain;

import java.util.List;
import org.factline.contracts.event.ClaimExtracted;

/** Port: publishes claims and returns once the broker acknowledged all of them. */
public interface ClaimPublisher {

    void publish(List<ClaimExtracted> claims);
}
