package org.factline.deploy.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: send a record, or read a topic from the start until a condition holds. */
public final class KafkaProbe {

    private final String bootstrapServers;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaProbe of(String bootstrapServers) {
        return new KafkaProbe(bootstrapServers);
    }

    public static KafkaProbe shared() {
        return new KafkaProbe(TestInfrastructure.shared().kafkaBootstrapServers());
    }

    public void send(String topic, String key, String value) {
        Properties p = clientProperties();
        p.put("acks", "all");
        try (KafkaProducer<String, String> producer = withOwnClassLoader(
                () -> new KafkaProducer<>(p, new StringSerializer(), new StringSerializer()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    private Properties clientProperties() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        // No JMX reporter: after Quarkus restarts an app for a test class, the reporter class the
        // client loads by name can come from another classloader (ClassCastException).
        p.put("metric.reporters", "");
        return p;
    }

    /**
     * Kafka clients load plug-in classes through the thread's context classloader; Quarkus tests
     * run with the app's classloader there, which may not be the one that loaded kafka-clients.
     */
    private static <T> T withOwnClassLoader(java.util.function.Supplier<T> create) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(KafkaProbe.class.getClassLoader());
        try {
            return create.get();
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    /**
     * Reads {@code topic} from the beginning with a fresh group until the records read so far
     * satisfy {@code done}, or the timeout passes. Returns everything read either way, so the
     * caller's assertion shows what was there.
     */
    public List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<List<ConsumerRecord<String, String>>> done,
                                                          Duration timeout) {
        Properties p = clientProperties();
        p.put("group.id", "probe-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("enable.auto.commit", "false");
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = withOwnClassLoader(
                () -> new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !done.test(seen)) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }
        return seen;
    }
}
