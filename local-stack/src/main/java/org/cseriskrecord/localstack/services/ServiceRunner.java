package org.cseriskrecord.localstack.services;

import org.cseriskrecord.localstack.Processes;
import org.cseriskrecord.localstack.StackConfig;
import org.cseriskrecord.localstack.StackException;
import org.cseriskrecord.localstack.identity.LocalIdentity;
import org.cseriskrecord.localstack.postgres.PostgresServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Starts one service as {@code java -jar <module>/target/<module>-<version>-exec.jar}, configured only through
 * environment variables, which it also writes to {@code .local-stack/env/<service>.env} so that the service can be
 * run alone with exactly the same settings.
 */
public final class ServiceRunner {

    /** JVM flags every service gets: Axon must not phone home or print its console banner. */
    public static final List<String> JVM_FLAGS = List.of(
            "-Daxoniq.update-checker.disabled=true",
            "-Ddisable-axoniq-console-message=true");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@,=+%-]*");

    private ServiceRunner() {
    }

    /** The whole configuration of a service: Spring Boot's standard variables, nothing else. */
    public static Map<String, String> environment(StackConfig config, ServiceSpec service, PostgresServer pg,
                                                  String kafkaBootstrap) throws StackException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(config.port(service)));
        if (config.database(service) != null) {
            env.put("SPRING_DATASOURCE_URL", pg.jdbcUrl(config.database(service)));
            env.put("SPRING_DATASOURCE_USERNAME", pg.user());
            env.put("SPRING_DATASOURCE_PASSWORD", pg.password() == null ? "" : pg.password());
        }
        // Every service that reads or writes events finds the per-case keys in their own database.
        env.put("CSE_KEYS_DB_URL", pg.jdbcUrl(StackConfig.KEYS_DATABASE));
        env.put("CSE_KEYS_DB_USER", pg.user());
        env.put("CSE_KEYS_DB_PASSWORD", pg.password() == null ? "" : pg.password());
        env.put("CSE_KEYS_KEK_FILE", config.keyEncryptionKeyFile().toString());
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        for (ServiceSpec other : config.services()) {
            env.put(other.urlVariable(), "http://localhost:" + config.port(other));
        }
        env.putAll(LocalIdentity.environment(config, service));
        return env;
    }

    public static List<String> command(StackConfig config, ServiceSpec service, Path jar) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Processes.java());
        cmd.add(Processes.MARKER + service.name());
        cmd.addAll(JVM_FLAGS);
        cmd.addAll(config.serviceJavaOptions());
        cmd.add("-jar");
        cmd.add(jar.toString());
        return cmd;
    }

    public static Path requireJar(StackConfig config, ServiceSpec service) throws StackException {
        Optional<Path> jar = config.jar(service);
        if (jar.isEmpty()) {
            throw new StackException("There is no " + service.name() + " jar (" + service.name() + "/target/"
                    + service.name() + "-<version>-exec.jar) — build it with ./mvnw -q -DskipTests -pl "
                    + service.name() + " -am install, or run ./run without CSE_SKIP_BUILD.");
        }
        return jar.get();
    }

    /** Starts the service in the background (its own session), records its pid, and returns the process. */
    public static Process start(StackConfig config, ServiceSpec service, Map<String, String> env) throws StackException {
        Path jar = requireJar(config, service);
        int port = config.port(service);
        if (Processes.portBusy(port)) {
            throw new StackException("Port " + port + " for " + service.name() + " is taken by another program — stop"
                    + " it, or set " + service.portVariable() + " to another port.");
        }
        List<String> cmd = command(config, service, jar);
        Path log = config.logFile(service.name());
        try {
            writeEnvFile(config, service, env, cmd);
            Files.createDirectories(log.getParent());
            Files.writeString(log, System.lineSeparator() + "===== " + Instant.now() + " starting " + service.name()
                            + ": " + String.join(" ", cmd) + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process p = Processes.start(cmd, env, log, config.repositoryRoot());
            Processes.writePid(config.pidFile(service.name()), p.pid());
            return p;
        } catch (IOException e) {
            throw new StackException("Could not start " + service.name() + " (" + e.getMessage() + ").", e);
        }
    }

    public static void writeEnvFile(StackConfig config, ServiceSpec service, Map<String, String> env, List<String> cmd)
            throws IOException {
        Path file = config.envFile(service.name());
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append("# Environment of ").append(service.name()).append(" as ./run started it (").append(Instant.now())
                .append(").").append(nl);
        sb.append("# Restart it alone:  ./run restart ").append(service.name()).append(nl);
        sb.append("# Or by hand (from the repository root, after ./run stop ").append(service.name()).append("):").append(nl);
        sb.append("#   (set -a; . ").append(config.show(file)).append("; set +a; exec java ")
                .append(String.join(" ", JVM_FLAGS)).append(" -jar ").append(config.show(Path.of(cmd.get(cmd.size() - 1))))
                .append(")").append(nl);
        for (Map.Entry<String, String> e : env.entrySet()) {
            sb.append(e.getKey()).append('=').append(quote(e.getValue())).append(nl);
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    public static Map<String, String> readEnvFile(Path file) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), unquote(line.substring(eq + 1)));
            }
        }
        return env;
    }

    static String quote(String v) {
        return PLAIN.matcher(v).matches() && !v.isEmpty() ? v : "'" + v.replace("'", "'\\''") + "'";
    }

    static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("'\\''", "'");
        }
        return v;
    }

    public static String healthUrl(int port) {
        return "http://127.0.0.1:" + port + "/actuator/health";
    }

    /** True if {@code GET /actuator/health} answers 200 with status UP. */
    public static boolean healthy(int port) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(healthUrl(port)))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits until every given service is healthy. Fails as soon as one of them exits (showing the end of its log), or
     * when the timeout passes.
     */
    public static void awaitHealthy(StackConfig config, Map<ServiceSpec, ProcessHandle> running, Duration timeout,
                                    java.io.PrintStream out) throws StackException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Map<ServiceSpec, ProcessHandle> pending = new LinkedHashMap<>(running);
        while (!pending.isEmpty()) {
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                ServiceSpec s = e.getKey();
                if (!e.getValue().isAlive()) {
                    Path log = config.logFile(s.name());
                    throw new StackException(s.name() + " stopped while starting — the end of " + config.show(log)
                            + ":" + System.lineSeparator() + Processes.tail(log, 25));
                }
                if (healthy(config.port(s))) {
                    out.printf("  %-16s healthy after %d s%n", s.name(), Duration.between(start, Instant.now()).toSeconds());
                    it.remove();
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException(String.join(", ", pending.keySet().stream().map(ServiceSpec::name).toList())
                        + " did not become healthy within " + timeout.toSeconds() + " s (see "
                        + String.join(", ", pending.keySet().stream().map(s -> config.show(config.logFile(s.name()))).toList())
                        + "; CSE_STARTUP_TIMEOUT_SECONDS gives it longer).");
            }
            Processes.sleep(1000);
        }
    }

    /** Stops the service recorded in its pid file, if it runs. Returns true if one was running. */
    public static boolean stop(StackConfig config, ServiceSpec service, Duration grace) {
        Path pidFile = config.pidFile(service.name());
        Optional<ProcessHandle> h = Processes.live(pidFile, service.name());
        h.ifPresent(p -> Processes.stop(p, grace));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // harmless
        }
        return h.isPresent();
    }
}
