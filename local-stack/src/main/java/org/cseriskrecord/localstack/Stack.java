package org.cseriskrecord.localstack;

import org.cseriskrecord.localstack.identity.LocalIdentity;
import org.cseriskrecord.localstack.kafka.KafkaBroker;
import org.cseriskrecord.localstack.kafka.Topics;
import org.cseriskrecord.localstack.postgres.Databases;
import org.cseriskrecord.localstack.postgres.PostgresLocator;
import org.cseriskrecord.localstack.postgres.PostgresServer;
import org.cseriskrecord.localstack.services.ServiceRunner;
import org.cseriskrecord.localstack.services.ServiceSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole system on one machine: PostgreSQL (chosen by {@link PostgresLocator}), Kafka (given, or the launcher's
 * own broker process), then every service as its own process. {@link #close()} stops them in reverse: services, then
 * Kafka, then the embedded PostgreSQL. Used by {@code ./run} and by the tests, which give it temporary directories
 * and free ports.
 */
public final class Stack implements AutoCloseable {

    private final StackConfig config;
    private final PrintStream out;
    private final Object lifecycle = new Object();
    private boolean closed;
    private PostgresServer postgres;
    private KafkaBroker broker;
    private String kafkaBootstrap;
    private final Map<ServiceSpec, ProcessHandle> services = new LinkedHashMap<>();

    public Stack(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public StackConfig config() { return config; }
    public PostgresServer postgres() { return postgres; }
    public String kafkaBootstrap() { return kafkaBootstrap; }
    public KafkaBroker broker() { return broker; }

    /** Starts every part and returns when all are healthy. On failure the caller must {@link #close()} it. */
    public void start() throws StackException {
        try {
            for (var d : List.of(config.logDirectory(), config.envDirectory(), config.runDirectory())) {
                Files.createDirectories(d);
            }
        } catch (IOException e) {
            throw new StackException("Cannot create " + config.show(config.stateDirectory()) + " (" + e.getMessage() + ").");
        }
        startPostgres();
        startKafka();
        startServices();
        ServiceRunner.awaitHealthy(config, Map.copyOf(services), config.startupTimeout(), out);
    }

    private void checkOpen() throws StackException {
        if (closed) {
            throw new StackException("Stopped while starting.");
        }
    }

    private void startPostgres() throws StackException {
        synchronized (lifecycle) {
            checkOpen();
            out.println("PostgreSQL: choosing…");
            postgres = PostgresLocator.choose(config);
            out.println("  using " + postgres.kind().description + " at " + postgres.host() + ":" + postgres.port()
                    + " — " + postgres.reason());
            List<String> databases = config.databases();
            List<String> created = Databases.ensure(postgres, databases);
            out.println("  databases " + String.join(", ", databases)
                    + (created.isEmpty() ? " exist" : " ready (created " + String.join(", ", created) + ")"));
            boolean newKey = KeyEncryptionKeyFile.ensure(config.keyEncryptionKeyFile());
            out.println("  key-encryption key " + config.show(config.keyEncryptionKeyFile())
                    + (newKey ? " created (keep it: without it no case's personal data can be read)" : " exists"));
        }
    }

    private void startKafka() throws StackException {
        synchronized (lifecycle) {
            checkOpen();
            if (config.kafkaBootstrap() != null) {
                kafkaBootstrap = config.kafkaBootstrap();
                out.println("Kafka: using " + kafkaBootstrap + " — CSE_KAFKA_BOOTSTRAP names it");
                if (!Topics.answers(kafkaBootstrap, Duration.ofSeconds(30))) {
                    throw new StackException("The Kafka given by CSE_KAFKA_BOOTSTRAP (" + kafkaBootstrap + ") does not"
                            + " answer — start it, or unset CSE_KAFKA_BOOTSTRAP to let the launcher run its own broker.");
                }
            } else {
                broker = new KafkaBroker(config.kafkaDataDirectory(), config.kafkaPort(), config.kafkaControllerPort(),
                        config.logFile(KafkaBroker.PART), config.pidFile(KafkaBroker.PART));
                boolean fresh = !broker.formatted();
                out.println("Kafka: starting a single-node KRaft broker process on 127.0.0.1:" + config.kafkaPort()
                        + " (CSE_KAFKA_BOOTSTRAP is not set; " + (fresh ? "new" : "existing") + " data in "
                        + config.show(config.kafkaDataDirectory()) + ", log " + config.show(config.logFile(KafkaBroker.PART)) + ")");
                broker.start(Duration.ofSeconds(120));
                kafkaBootstrap = broker.bootstrap();
                out.println("  broker ready (PID " + broker.pid() + ")");
            }
            Optional<String> note = Topics.ensure(kafkaBootstrap, StackConfig.TOPIC, config.topicPartitions());
            out.println("  topic " + StackConfig.TOPIC + " ready (every event kept: retention.ms=-1)");
            note.ifPresent(n -> out.println("  WARNING: " + n));
        }
    }

    private void startServices() throws StackException {
        synchronized (lifecycle) {
            checkOpen();
            for (ServiceSpec s : config.services()) {
                Map<String, String> env = ServiceRunner.environment(config, s, postgres, kafkaBootstrap);
                Process p = ServiceRunner.start(config, s, env);
                services.put(s, p.toHandle());
                out.println("Starting " + s.name() + " on port " + config.port(s) + " (PID " + p.pid() + ", log "
                        + config.show(config.logFile(s.name())) + ", env " + config.show(config.envFile(s.name())) + ")");
            }
        }
        out.println("Waiting for every service to be healthy (" + String.join(", ",
                config.services().stream().map(s -> ServiceRunner.healthUrl(config.port(s))).toList()) + ")…");
    }

    /** What the person at the terminal needs: URLs, logs, demo users, how to stop. */
    public String summary() {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append("CSE Risk Record is running.").append(nl).append(nl);
        for (ServiceSpec s : config.services()) {
            sb.append(String.format("  %-16s http://localhost:%d   log %s%n", s.name(), config.port(s),
                    config.show(config.logFile(s.name()))));
        }
        if (postgres != null) {
            sb.append(String.format("  %-16s %s:%d (%s), databases %s%n", "PostgreSQL", postgres.host(), postgres.port(),
                    postgres.kind().description, String.join(", ", config.databases())));
        }
        if (kafkaBootstrap != null) {
            sb.append(String.format("  %-16s %s (%s), topic %s%n", "Kafka", kafkaBootstrap,
                    broker == null ? "given by CSE_KAFKA_BOOTSTRAP" : "the launcher's KRaft broker, log "
                            + config.show(config.logFile(KafkaBroker.PART)), StackConfig.TOPIC));
        }
        LocalIdentity.issuer(config).ifPresent(issuer -> sb.append(nl).append("  Sign-in (OpenID Connect) at ")
                .append(issuer).append("; a token for scripts: ./run token USER").append(nl));
        sb.append(nl).append("  Demo users (password = user name; HTTP Basic also works in this local stack):").append(nl);
        sb.append("    practitioner, manager     Police (PRACTITIONER, MANAGER)").append(nl);
        sb.append("    practitioner2, manager2   Health (PRACTITIONER, MANAGER)").append(nl);
        sb.append("    board                     BOARD").append(nl);
        sb.append("    auditor                   AUDITOR").append(nl);
        sb.append("    admin                     ADMIN").append(nl);
        config.services().stream().filter(s -> s.name().equals("query-service")).findFirst().ifPresent(q ->
                sb.append(nl).append("  Try: curl -u practitioner:practitioner http://localhost:").append(config.port(q))
                        .append("/api/catalogue").append(nl));
        sb.append(nl).append("  Ctrl-C (or ./run stop) stops everything; the data stays in ")
                .append(config.show(config.stateDirectory())).append(" (and in PostgreSQL).").append(nl);
        sb.append("  One service alone: ./run restart <service> | ./run stop <service> | ./run start <service>")
                .append(nl);
        sb.append("  Demo data: ./run --demo-data [--seed N]").append(nl);
        return sb.toString();
    }

    public void writeSummary() {
        try {
            Files.writeString(config.runDirectory().resolve("summary.txt"), summary(), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // only used by a second invocation's message
        }
    }

    /** Stops the Kafka broker or a service of an earlier launcher that was killed instead of stopped. */
    public static void stopLeftovers(StackConfig config, PrintStream out) {
        List<String> parts = new ArrayList<>();
        config.services().forEach(s -> parts.add(s.name()));
        parts.add(KafkaBroker.PART);
        for (String part : parts) {
            Processes.live(config.pidFile(part), part).ifPresent(h -> {
                out.println("Stopping " + part + " (PID " + h.pid() + "), left running by an earlier launcher that"
                        + " did not stop cleanly.");
                Processes.stop(h, Duration.ofSeconds(60));
            });
        }
    }

    /** Stops services (reverse order), then the Kafka broker, then the embedded PostgreSQL. Safe to call twice. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        List<ServiceSpec> reversed = new ArrayList<>(config.services());
        java.util.Collections.reverse(reversed);
        for (ServiceSpec s : reversed) {
            // by pid file, so a service restarted alone (./run restart) is stopped too
            boolean wasRunning = ServiceRunner.stop(config, s, Duration.ofSeconds(30));
            ProcessHandle original = services.get(s);
            if (original != null && original.isAlive()) {
                Processes.stop(original, Duration.ofSeconds(30));
                wasRunning = true;
            }
            if (wasRunning) {
                out.println("  stopped " + s.name());
            }
        }
        if (broker != null) {
            broker.close();
            out.println("  stopped the Kafka broker");
        }
        if (postgres != null && postgres.embedded() != null) {
            try {
                postgres.embedded().close();
                out.println("  stopped the embedded PostgreSQL");
            } catch (Exception e) {
                out.println("  the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(config.runDirectory().resolve("summary.txt"));
        } catch (IOException ignored) {
            // harmless
        }
    }
}
