package org.factline.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.factline.contracts.Topics;
import org.junit.jupiter.api.Test;

/** Kafka on Strimzi: KRaft with node pools, every topic the services use, and consumers allowed what they do. */
class KafkaManifestsTest {

    /** Each topic is keyed (articles by id, claims by measure, facts by key): room for six consumers at least. */
    static final int MIN_PARTITIONS = 6;
    private static final Manifests K8S = Manifests.load(Repo.KUBERNETES);

    @Test
    void kafkaRunsInKraftModeWithControllerAndBrokerPools() {
        GenericKubernetesResource kafka = onlyKafka();
        String cluster = kafka.getMetadata().getName();
        List<GenericKubernetesResource> pools = K8S.ofKind("KafkaNodePool").stream()
                .filter(p -> cluster.equals(p.getMetadata().getLabels().get("strimzi.io/cluster"))).toList();
        for (String role : List.of("controller", "broker")) {
            assertThat(pools).as("a node pool with role " + role + " and three nodes").anyMatch(p ->
                    Manifests.<List<String>>field(p, "spec", "roles").contains(role)
                            && Manifests.<Number>field(p, "spec", "replicas").intValue() >= 3);
        }
        Map<String, Object> config = Manifests.field(kafka, "spec", "kafka", "config");
        assertThat(config).containsEntry("min.insync.replicas", 2).containsEntry("auto.create.topics.enable", false);
        List<Map<String, Object>> listeners = Manifests.field(kafka, "spec", "kafka", "listeners");
        assertThat(listeners).as("every listener authenticates").allMatch(l -> l.get("authentication") != null);
    }

    @Test
    void everyTopicAServiceUsesIsAKafkaTopicWithEnoughPartitionsAndItsRetention() {
        String cluster = onlyKafka().getMetadata().getName();
        SoftAssertions soft = new SoftAssertions();
        for (String topic : topicsInUse()) {
            GenericKubernetesResource t = kafkaTopic(topic);
            if (t == null) {
                soft.fail("no KafkaTopic for " + topic);
                continue;
            }
            soft.assertThat(t.getMetadata().getLabels()).as(topic + ": cluster label").containsEntry("strimzi.io/cluster", cluster);
            soft.assertThat(Manifests.<Number>field(t, "spec", "partitions").intValue()).as(topic + ": partitions")
                    .isGreaterThanOrEqualTo(MIN_PARTITIONS);
            soft.assertThat(Manifests.<Number>field(t, "spec", "replicas").intValue()).as(topic + ": replicas").isGreaterThanOrEqualTo(3);
            long retention = Long.parseLong(String.valueOf(Manifests.<Object>field(t, "spec", "config", "retention.ms")));
            if (topic.contains("dead-letter")) {
                soft.assertThat(retention).as(topic + ": a dead-letter topic expires").isPositive();
            } else {
                soft.assertThat(retention).as(topic + ": an event topic is history and never expires").isEqualTo(-1L);
            }
        }
        soft.assertAll();
    }

    @Test
    void everyConsumerMayReadItsTopicAsItsGroupAndDeadLetter() {
        SoftAssertions soft = new SoftAssertions();
        for (ServiceConfig s : Repo.services()) {
            String secret = DeploymentsTest.container(s).getEnv().stream().filter(v -> v.getName().equals("KAFKA_SASL_JAAS_CONFIG"))
                    .map(v -> v.getValueFrom().getSecretKeyRef().getName()).findFirst().orElse(null);
            GenericKubernetesResource user = secret == null ? null : K8S.kindNamed("KafkaUser", secret).orElse(null);
            if (user == null) {
                soft.fail(s.name() + ": KAFKA_SASL_JAAS_CONFIG must come from the Secret of a KafkaUser");
                continue;
            }
            for (Map.Entry<String, Map<String, String>> channel : s.incomingChannels().entrySet()) {
                Map<String, String> c = channel.getValue();
                String where = s.name() + " channel " + channel.getKey() + ": ";
                soft.assertThat(allowed(user, "topic", c.get("topic"), "Read")).as(where + "Read " + c.get("topic")).isTrue();
                soft.assertThat(allowed(user, "group", c.get("group.id"), "Read")).as(where + "Read group " + c.get("group.id")).isTrue();
                if (c.containsKey("dead-letter-queue.topic")) {
                    soft.assertThat(allowed(user, "topic", c.get("dead-letter-queue.topic"), "Write"))
                            .as(where + "Write " + c.get("dead-letter-queue.topic")).isTrue();
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void kedaScalesExtractionAndClaimsOnTheLagOfTheirOwnGroup() {
        SoftAssertions soft = new SoftAssertions();
        for (String name : List.of("extraction-service", "claims-service")) {
            GenericKubernetesResource so = K8S.ofKind("ScaledObject").stream()
                    .filter(o -> name.equals(Manifests.field(o, "spec", "scaleTargetRef", "name"))).findFirst().orElse(null);
            if (so == null) {
                soft.fail("no KEDA ScaledObject for " + name);
                continue;
            }
            Map<String, String> incoming = Repo.service(name).incomingChannels().values().iterator().next();
            List<Map<String, Object>> triggers = Manifests.field(so, "spec", "triggers");
            Map<String, Object> kafka = triggers.stream().filter(t -> "kafka".equals(t.get("type"))).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) kafka.get("metadata");
            soft.assertThat(metadata.get("consumerGroup")).as(name + ": group").isEqualTo(incoming.get("group.id"));
            soft.assertThat(metadata.get("topic")).as(name + ": topic").isEqualTo(incoming.get("topic"));
            GenericKubernetesResource topic = kafkaTopic(incoming.get("topic"));
            soft.assertThat(Manifests.<Number>field(so, "spec", "maxReplicaCount").intValue())
                    .as(name + ": no more instances than partitions")
                    .isLessThanOrEqualTo(topic == null ? 0 : Manifests.<Number>field(topic, "spec", "partitions").intValue());
        }
        soft.assertAll();
    }

    /** Topics in Topics (by reflection: every constant), the services' messaging config and their sources. */
    static Set<String> topicsInUse() {
        Set<String> topics = new LinkedHashSet<>();
        for (Field f : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    f.setAccessible(true);
                    topics.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        topics.addAll(ServiceConfig.topicLiterals(Repo.ROOT.resolve("event-contracts/src/main/java")));
        Repo.services().forEach(s -> topics.addAll(s.topics()));
        assertThat(topics).as("topics found").contains(Topics.ARTICLES, Topics.CLAIMS, Topics.FACTS, Topics.DEAD_LETTER);
        return topics;
    }

    private static GenericKubernetesResource kafkaTopic(String topic) {
        return K8S.ofKind("KafkaTopic").stream().filter(t -> topic.equals(topicName(t))).findFirst().orElse(null);
    }

    private static String topicName(GenericKubernetesResource t) {
        String name = Manifests.field(t, "spec", "topicName");
        return name != null ? name : t.getMetadata().getName();
    }

    private static GenericKubernetesResource onlyKafka() {
        List<GenericKubernetesResource> kafkas = K8S.ofKind("Kafka");
        assertThat(kafkas).as("one Kafka resource").hasSize(1);
        return kafkas.get(0);
    }

    private static boolean allowed(GenericKubernetesResource user, String type, String name, String operation) {
        List<Map<String, Object>> acls = Manifests.field(user, "spec", "authorization", "acls");
        return acls != null && acls.stream().anyMatch(acl -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
            Object ops = acl.get("operations");
            return type.equals(resource.get("type")) && name != null && name.equals(resource.get("name"))
                    && ops instanceof List<?> list && (list.contains(operation) || list.contains("All"));
        });
    }
}
