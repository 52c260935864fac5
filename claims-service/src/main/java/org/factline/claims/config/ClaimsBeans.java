package org.factline.claims.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

public class ClaimsBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
