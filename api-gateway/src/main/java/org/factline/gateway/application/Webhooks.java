package org.factline.gateway.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.factline.gateway.domain.AlertFilter;
import org.factline.gateway.domain.AlertLog;
import org.factline.gateway.domain.KeySecrets;
import org.factline.gateway.domain.Role;
import org.factline.gateway.domain.Subscription;
import org.factline.gateway.domain.SubscriptionStore;

/** Webhook subscriptions, each owned by the API key that made it (admins see all). */
@ApplicationScoped
public class Webhooks {

    private static final int MAX_URL = 2000;

    private final SubscriptionStore store;
    private final AlertLog log;
    private final WebhookDispatcher dispatcher;

    Webhooks(SubscriptionStore store, AlertLog log, WebhookDispatcher dispatcher) {
        this.store = store;
        this.log = log;
        this.dispatcher = dispatcher;
    }

    /** Delivery starts with the next alert recorded after this call. */
    public Subscription subscribe(Caller owner, String url, AlertFilter filter) {
        Subscription s = new Subscription("sub-" + KeySecrets.newId(), owner.keyId(), checkedUrl(url), KeySecrets.newSecret(),
                filter, Instant.now(), log.lastSequence(), 0, 0, null, null, null);
        store.insert(s);
        dispatcher.start(s.id());
        return s;
    }

    public List<Subscription> visibleTo(Caller caller) {
        return Role.grants(caller.roles(), Role.ADMIN) ? store.all() : store.ownedBy(caller.keyId());
    }

    public Subscription get(Caller caller, String id) {
        return store.find(id).filter(s -> s.ownerKeyId().equals(caller.keyId()) || Role.grants(caller.roles(), Role.ADMIN))
                .orElseThrow(() -> new NotFoundException("no subscription with id " + id));
    }

    public void unsubscribe(Caller caller, String id) {
        Subscription s = get(caller, id);
        dispatcher.stop(s.id());
        store.delete(s.id());
    }

    private static String checkedUrl(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            throw new BadRequestException("url is required: the http(s) address alerts are POSTed to");
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new BadRequestException("url must be an absolute http or https address");
            }
            return u.toString();
        } catch (URISyntaxException e) {
            throw new BadRequestException("url is not a valid address: " + e.getReason());
        }
    }
}
