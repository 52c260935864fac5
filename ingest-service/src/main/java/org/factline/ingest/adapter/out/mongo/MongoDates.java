package org.factline.ingest.adapter.out.mongo;

import java.time.Instant;
import java.util.Date;

/** BSON dates are {@link Date}; the domain speaks {@link Instant}. Both sides may be absent. */
final class MongoDates {

    private MongoDates() {
    }

    static Date date(Instant i) {
        return i == null ? null : Date.from(i);
    }

    static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
