package org.factline.ingest.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.factline.ingest.domain.ArticleStore;
import org.factline.ingest.domain.NearDuplicateIndex;
import org.jboss.logging.Logger;

/** Wires the framework-free pieces into CDI. */
public class IngestBeans {

    private static final Logger LOG = Logger.getLogger(IngestBeans.class);

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Rebuilt from the stored articles' signatures, so near-duplicate links survive restarts. */
    @Produces
    @Singleton
    NearDuplicateIndex nearDuplicateIndex(IngestConfig config, ArticleStore store) {
        NearDuplicateIndex index = new NearDuplicateIndex(config.nearDuplicateThreshold());
        long started = System.nanoTime();
        store.forEachOriginal(index::add);
        LOG.infof("near-duplicate index: %d originals loaded in %d ms", index.size(), (System.nanoTime() - started) / 1_000_000);
        return index;
    }
}
