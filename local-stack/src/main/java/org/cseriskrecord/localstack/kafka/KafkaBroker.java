package org.cseriskrecord.localstack.kafka;

import org.cseriskrecord.localstack.Processes;
import org.cseriskrecord.localstack.StackException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The launcher's side of the Kafka broker process: starts {@link KafkaBrokerMain} as its own JVM with the launcher's
 * class path (the Maven Kafka jars: {@code local-stack/target/lib} under ./run, the test class path under Maven),
 * waits until it accepts connections, and stops it with SIGTERM.
 */
public final class KafkaBroker implements AutoCloseable {

    public static final String PART = "kafka";

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private final Path log;
    private final Path pidFile;
    private Process process;

    public KafkaBroker(Path dataDirectory, int port, int controllerPort, Path log, Path pidFile) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.log = log;
        this.pidFile = pidFile;
    }

    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    public boolean formatted() {
        return Files.exists(dataDirectory.resolve("meta.properties"));
    }

    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Starts the broker and returns once it accepts Kafka connections. */
    public KafkaBroker start(Duration timeout) throws StackException {
        for (int p : new int[]{port, controllerPort}) {
            if (Processes.portBusy(p)) {
                throw new StackException("Port " + p + " is taken by another program, so the launcher cannot start its"
                        + " Kafka broker — stop that program, set CSE_KAFKA_PORT/CSE_KAFKA_CONTROLLER_PORT, or set"
                        + " CSE_KAFKA_BOOTSTRAP to use a broker that is already running.");
            }
        }
        List<String> cmd = new ArrayList<>(List.of(Processes.java(),
                Processes.MARKER + PART,
                "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                KafkaBrokerMain.class.getName(),
                dataDirectory.toString(), String.valueOf(port), String.valueOf(controllerPort)));
        try {
            Files.createDirectories(dataDirectory);
            // the class path goes in CLASSPATH, so ps (and /proc/<pid>/cmdline) shows a readable command line
            process = Processes.start(cmd, Map.of("CLASSPATH", classPath()), log, dataDirectory);
            Processes.writePid(pidFile, process.pid());
        } catch (IOException e) {
            throw new StackException("Could not start the Kafka broker process (" + e.getMessage() + ").", e);
        }
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StackException("The Kafka broker process exited with code " + process.exitValue()
                        + " while starting — see " + log + ":" + System.lineSeparator() + Processes.tail(log, 15));
            }
            if (Processes.portOpen("127.0.0.1", port, 500) && Topics.answers(bootstrap(), Duration.ofSeconds(5))) {
                return this;
            }
            Processes.sleep(300);
        }
        close();
        throw new StackException("The Kafka broker did not become ready within " + timeout.toSeconds() + " s — see "
                + log + ".");
    }

    /** The launcher's own class path, made absolute (the broker runs in its data directory). */
    static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.isBlank())
                .map(e -> e.endsWith("*") ? Path.of(e.substring(0, e.length() - 1)).toAbsolutePath() + java.io.File.separator + "*"
                        : Path.of(e).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** Stops the broker (SIGTERM: a clean shutdown that flushes its logs), killing it after 60 s. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            Processes.stop(process.toHandle(), Duration.ofSeconds(60));
        }
        // by pid file too, so a broker restarted alone (./run restart kafka) is stopped as well
        Processes.live(pidFile, PART).ifPresent(h -> Processes.stop(h, Duration.ofSeconds(60)));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // harmless
        }
    }
}
