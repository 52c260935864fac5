package org.factline.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The gateway with {@link ClaimsStandIn} as its claims-service and {@link IngestStandIn} as its ingest-service. */
public class ClaimsStandInProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ClaimsStandIn.class), new TestResourceEntry(IngestStandIn.class));
    }
}
