package org.factline.deploy.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureTest {

    @TempDir
    Path dir;

    @Test
    void kafka_keeps_records_across_a_restart_on_the_same_log_dir() throws Exception {
        int port = FreePorts.resolve(0);
        try (EmbeddedKafka kafka = new EmbeddedKafka("127.0.0.1", port, 0, dir.resolve("kafka"), 1).start()) {
            try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
                producer.send(new ProducerRecord<>("durable", "k", "kept")).get();
            }
        }
        try (EmbeddedKafka again = new EmbeddedKafka("127.0.0.1", port, 0, dir.resolve("kafka"), 1).start()) {
            assertThat(readAll(again.bootstrapServers(), "durable")).containsExactly("kept");
        }
    }

    @Test
    void mongo_h2_backend_keeps_documents_across_a_restart() {
        Path file = dir.resolve("mongo").resolve("data.mv");
        int port = FreePorts.resolve(0);
        try (EmbeddedMongo mongo = new EmbeddedMongo("127.0.0.1", port, file).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "a").append("n", 83));
        }
        try (EmbeddedMongo mongo = new EmbeddedMongo("127.0.0.1", port, file).start();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            assertThat(c.find(new Document("_id", "a")).first()).containsEntry("n", 83);
        }
    }

    @Test
    void settings_refuse_unknown_flags_and_bad_ports() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InfraSettings.parse(List.of("--kafka-prot", "1"), Map.of()))
                .hasMessageContaining("unknown option --kafka-prot");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InfraSettings.parse(List.of("--mongo-port", "x"), Map.of()))
                .hasMessageContaining("--mongo-port must be a number");
        InfraSettings s = InfraSettings.parse(List.of("--kafka-port", "19092"), Map.of("FACTLINE_MONGO_PORT", "28017"));
        assertThat(s.kafkaControllerPort()).isEqualTo(19093);
        assertThat(s.mongoPort()).isEqualTo(28017);
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<String> readAll(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "reader");
        p.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    return java.util.stream.StreamSupport.stream(records.spliterator(), false).map(r -> r.value()).toList();
                }
            }
            return List.of();
        }
    }
}
