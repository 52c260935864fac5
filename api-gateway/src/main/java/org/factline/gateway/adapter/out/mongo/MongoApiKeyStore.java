package org.factline.gateway.adapter.out.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factline.gateway.domain.ApiKey;
import org.factline.gateway.domain.ApiKeyStore;
import org.factline.gateway.domain.Role;

/** Collection {@code api_keys}: one document per key, holding a salted hash, never the key. */
@ApplicationScoped
public class MongoApiKeyStore implements ApiKeyStore {

    private final MongoCollection<Document> keys;

    MongoApiKeyStore(MongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.keys = client.getDatabase(database).getCollection("api_keys");
        // activeOpaque() runs on the authentication path for tokens that are not id.secret.
        keys.createIndex(Indexes.ascending("opaque", "revokedAt"));
    }

    @Override
    public void insert(ApiKey k) {
        keys.insertOne(new Document("_id", k.id()).append("name", k.name())
                .append("roles", k.roles().stream().map(Role::wire).sorted().toList())
                .append("salt", k.salt()).append("hash", k.hash()).append("opaque", k.opaque())
                .append("requestsPerMinute", k.requestsPerMinute()).append("createdAt", Date.from(k.createdAt()))
                .append("revokedAt", k.revokedAt() == null ? null : Date.from(k.revokedAt())));
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return Optional.ofNullable(keys.find(Filters.eq("_id", id)).first()).map(MongoApiKeyStore::toKey);
    }

    @Override
    public List<ApiKey> activeOpaque() {
        return list(Filters.and(Filters.eq("opaque", true), Filters.eq("revokedAt", null)));
    }

    @Override
    public List<ApiKey> all() {
        return list(new Document());
    }

    @Override
    public boolean revoke(String id, Instant at) {
        return keys.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("revokedAt", null)),
                Updates.set("revokedAt", Date.from(at))).getMatchedCount() > 0;
    }

    @Override
    public long countActiveWithRole(Role role) {
        return keys.countDocuments(Filters.and(Filters.eq("roles", role.wire()), Filters.eq("revokedAt", null)));
    }

    private List<ApiKey> list(Bson filter) {
        List<ApiKey> out = new ArrayList<>();
        keys.find(filter).sort(Sorts.ascending("createdAt", "_id")).forEach(d -> out.add(toKey(d)));
        return out;
    }

    private static ApiKey toKey(Document d) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : d.getList("roles", String.class)) {
            Role.fromWire(r).ifPresent(roles::add);
        }
        Date revoked = d.getDate("revokedAt");
        return new ApiKey(d.getString("_id"), d.getString("name"), roles, d.getString("salt"), d.getString("hash"),
                Boolean.TRUE.equals(d.getBoolean("opaque")), d.getInteger("requestsPerMinute"),
                d.getDate("createdAt").toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
