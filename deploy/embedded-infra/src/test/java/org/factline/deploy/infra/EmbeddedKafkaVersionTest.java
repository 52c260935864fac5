package org.factline.deploy.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.metadata.storage.Formatter;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaVersionTest {

    @Test
    void broker_jars_match_the_client_version_the_quarkus_bom_manages() throws Exception {
        String clientVersion = AppInfoParser.getVersion();
        assertThat(jarName(Formatter.class)).endsWith("-" + clientVersion + ".jar");
        assertThat(jarName(KafkaRaftServer.class)).isEqualTo("kafka_2.13-" + clientVersion + ".jar");
    }

    private static String jarName(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
    }
}
