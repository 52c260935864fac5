package org.factline.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** MongoDB as a three-member replica set; every service writes to it with majority, journaled writes. */
class MongoManifestsTest {

    private static final Manifests K8S = Manifests.load(Repo.KUBERNETES);

    @Test
    void mongoDbIsAReplicaSetOfThreeWithOneLeastPrivilegeUserPerService() {
        List<GenericKubernetesResource> sets = K8S.ofKind("MongoDBCommunity");
        assertThat(sets).as("one MongoDBCommunity resource").hasSize(1);
        GenericKubernetesResource rs = sets.get(0);
        assertThat(Manifests.<String>field(rs, "spec", "type")).isEqualTo("ReplicaSet");
        assertThat(Manifests.<Number>field(rs, "spec", "members").intValue()).isGreaterThanOrEqualTo(3);
        List<Map<String, Object>> users = Manifests.field(rs, "spec", "users");
        SoftAssertions soft = new SoftAssertions();
        for (ServiceConfig s : Repo.services()) {
            String username = Manifests.SECRET;
            String value = DeploymentsTest.container(s).getEnv().stream()
                    .filter(v -> v.getName().equals("QUARKUS_MONGODB_CREDENTIALS_USERNAME")).map(v -> v.getValue()).findFirst().orElse(username);
            Map<String, Object> user = users.stream().filter(u -> value.equals(u.get("name"))).findFirst().orElse(null);
            if (user == null) {
                soft.fail(s.name() + ": QUARKUS_MONGODB_CREDENTIALS_USERNAME must name a user of the replica set");
                continue;
            }
            soft.assertThat(user.get("roles")).as(s.name() + ": readWrite on its own database only")
                    .isEqualTo(List.of(Map.of("name", "readWrite", "db", s.database())));
        }
        soft.assertAll();
    }

    @Test
    void everyServiceConnectsToTheReplicaSetWithMajorityJournaledWrites() {
        SoftAssertions soft = new SoftAssertions();
        for (ServiceConfig s : Repo.services()) {
            Map<String, String> env = K8S.environment(DeploymentsTest.container(s));
            String uri = env.getOrDefault("MONGODB_URI", "");
            soft.assertThat(uri).as(s.name() + ": MONGODB_URI").contains("replicaSet=", "w=majority", "journal=true");
            soft.assertThat(env.get("QUARKUS_MONGODB_CREDENTIALS_PASSWORD")).as(s.name() + ": password from a Secret")
                    .isEqualTo(Manifests.SECRET);
            // Quarkus replaces the URI's write concern with its own configuration, so that must say majority too.
            soft.assertThat(s.properties().getProperty("quarkus.mongodb.write-concern.w")).as(s.name() + ": write-concern.w")
                    .isEqualTo("majority");
            soft.assertThat(s.properties().getProperty("quarkus.mongodb.write-concern.journal", "true"))
                    .as(s.name() + ": write-concern.journal").isEqualTo("true");
        }
        soft.assertAll();
    }
}
