package org.factline.deploy.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings of the process form, from command-line flags with environment fallbacks. Unknown
 * flags and bad numbers are refused with a message naming them.
 */
record InfraSettings(String host, int kafkaPort, int kafkaControllerPort, int mongoPort, Path dataDir,
                     boolean inMemoryMongo, int partitions) {

    static final String USAGE = """
            usage: embedded-infra [--host H] [--kafka-port P] [--kafka-controller-port P] [--mongo-port P]
                                  [--data-dir DIR] [--in-memory-mongo] [--partitions N]
              defaults: host 127.0.0.1, Kafka 9092 (controller 9093), MongoDB 27017, data dir .factline/data,
                        3 partitions per new topic; port 0 picks a free port.
              environment: FACTLINE_KAFKA_PORT, FACTLINE_MONGO_PORT, FACTLINE_DATA_DIR""";

    static InfraSettings parse(List<String> args, Map<String, String> env) {
        String host = "127.0.0.1";
        int kafkaPort = intOf("FACTLINE_KAFKA_PORT", env.getOrDefault("FACTLINE_KAFKA_PORT", "9092"));
        Integer controllerPort = null;
        int mongoPort = intOf("FACTLINE_MONGO_PORT", env.getOrDefault("FACTLINE_MONGO_PORT", "27017"));
        Path dataDir = Path.of(env.getOrDefault("FACTLINE_DATA_DIR", ".factline/data"));
        boolean inMemory = false;
        int partitions = 3;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            switch (flag) {
                case "--host" -> host = value(flag, rest);
                case "--kafka-port" -> kafkaPort = intOf(flag, value(flag, rest));
                case "--kafka-controller-port" -> controllerPort = intOf(flag, value(flag, rest));
                case "--mongo-port" -> mongoPort = intOf(flag, value(flag, rest));
                case "--data-dir" -> dataDir = Path.of(value(flag, rest));
                case "--in-memory-mongo" -> inMemory = true;
                case "--partitions" -> partitions = intOf(flag, value(flag, rest));
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
            }
        }
        int controller = controllerPort != null ? controllerPort : (kafkaPort == 0 ? 0 : kafkaPort + 1);
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1\n" + USAGE);
        }
        return new InfraSettings(host, kafkaPort, controller, mongoPort, dataDir, inMemory, partitions);
    }

    private static String value(String flag, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return rest.remove(0);
    }

    private static int intOf(String flag, String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n < 0 || n > 65535) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number from 0 to 65535, got '" + text + "'\n" + USAGE);
        }
    }
}
