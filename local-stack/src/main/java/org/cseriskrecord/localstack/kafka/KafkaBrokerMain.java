package org.cseriskrecord.localstack.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one process), run as its own JVM by the launcher:
 * {@code java -cp <local-stack class path> org.cseriskrecord.localstack.kafka.KafkaBrokerMain <data dir> <port> <controller port>}.
 * <p>
 * The first time, it formats the data directory (Kafka's own {@link Formatter}, as {@code kafka-storage.sh format}
 * does); afterwards it starts on the existing data, so topics and records survive restarts. SIGTERM stops it cleanly.
 * Kafka's loggers are at WARN (see logback.xml).
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: KafkaBrokerMain <data directory> <port> <controller port>");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        Files.createDirectories(data);

        KafkaConfig config = new KafkaConfig(brokerProperties(data, port, controllerPort), false);
        if (!Files.exists(data.resolve("meta.properties"))) {
            String clusterId = Uuid.randomUuid().toString();
            new Formatter()
                    .setPrintStream(System.out)
                    .setNodeId(config.nodeId())
                    .setClusterId(clusterId)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setDirectories(List.of(data.toString()))
                    .setUnstableFeatureVersionsEnabled(false)
                    .run();
            System.out.println("Formatted " + data + " for a new single-node cluster " + clusterId);
        }

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Kafka broker stopping");
            server.shutdown();
            server.awaitShutdown();
            System.out.println("Kafka broker stopped");
        }, "kafka-broker-shutdown"));
        server.startup();
        System.out.println("Kafka broker ready on 127.0.0.1:" + port + " (data " + data + ")");
        server.awaitShutdown();
    }

    static Properties brokerProperties(Path data, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", data.toString());
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The 128 MB default dedupe buffer wastes heap on a laptop-sized broker.
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        return p;
    }
}
