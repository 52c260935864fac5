package org.factline.gateway.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumSet;
import org.factline.gateway.config.GatewayConfig;
import org.factline.gateway.domain.Role;
import org.jboss.logging.Logger;

/**
 * Makes sure an admin can get in: when no active admin key exists, the key from
 * {@code FACTLINE_ADMIN_KEY} is stored (hashed), or else a new one is generated and printed once.
 */
@ApplicationScoped
public class AdminKeyBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);

    private final ApiKeys keys;
    private final GatewayConfig config;

    AdminKeyBootstrap(ApiKeys keys, GatewayConfig config) {
        this.keys = keys;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (keys.anyActiveAdmin()) {
            return;
        }
        String given = config.adminKey().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (given != null) {
            keys.adopt(given, "bootstrap admin (FACTLINE_ADMIN_KEY)", EnumSet.of(Role.ADMIN));
            LOG.info("stored the admin key from FACTLINE_ADMIN_KEY (hashed)");
            return;
        }
        ApiKeys.Issued issued = keys.issue("bootstrap admin (generated)", java.util.List.of(Role.ADMIN.wire()), null);
        LOG.warnf("no admin API key existed; generated one, shown only now: %s  (send it as 'Authorization: Bearer <key>')",
                issued.token());
    }
}
