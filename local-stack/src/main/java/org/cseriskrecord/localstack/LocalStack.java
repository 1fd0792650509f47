package org.cseriskrecord.localstack;

import org.cseriskrecord.localstack.demo.DemoDataCommand;
import org.cseriskrecord.localstack.identity.LocalIdentity;
import org.cseriskrecord.localstack.kafka.KafkaBroker;
import org.cseriskrecord.localstack.services.ServiceRunner;
import org.cseriskrecord.localstack.services.ServiceSpec;
import org.cseriskrecord.localstack.services.Services;
import org.cseriskrecord.testsupport.OidcSignIn;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The launcher behind {@code ./run}. Commands:
 * <pre>
 *   ./run                          start everything (building what is missing or stale); Ctrl-C stops everything
 *   ./run --demo-data [--seed N] [--children N]
 *                                  load the synthetic demo history (starting the stack first if it is not running)
 *   ./run status                   what runs, where
 *   ./run stop                     stop the running stack (as Ctrl-C in its terminal would)
 *   ./run restart|stop|start SERVICE   one service alone, while the stack runs
 *   ./run token USER               print an access token for a demo user (from the running identity provider)
 * </pre>
 */
public final class LocalStack {

    private final StackConfig config;
    private final PrintStream out;
    private volatile boolean stopping;

    LocalStack(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("cse.repository.root", ".")).toAbsolutePath().normalize();
        int code;
        try {
            StackConfig config = StackConfig.fromEnvironment(root, System.getenv());
            code = new LocalStack(config, System.out).run(List.of(args));
        } catch (StackException e) {
            System.err.println();
            System.err.println("local stack: " + e.getMessage());
            code = 1;
        } catch (Exception e) {
            System.err.println("local stack: unexpected failure: " + e);
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }

    int run(List<String> args) throws Exception {
        List<String> rest = new ArrayList<>(args);
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            Optional<DemoDataCommand> demo = DemoDataCommand.parse(rest);
            if (!rest.isEmpty()) {
                throw new StackException("Unknown option " + rest.get(0) + " — see ./run help.");
            }
            return up(demo);
        }
        String command = rest.remove(0);
        switch (command) {
            case "help", "-h", "--help" -> {
                out.println(usage());
                return 0;
            }
            case "status" -> {
                return status();
            }
            case "stop" -> {
                return rest.isEmpty() ? stopAll() : stopService(service(rest));
            }
            case "start" -> {
                return startService(service(rest), false);
            }
            case "restart" -> {
                if (rest.size() == 1 && rest.get(0).equals(KafkaBroker.PART)) {
                    return restartBroker();
                }
                return startService(service(rest), true);
            }
            case "token" -> {
                return token(rest);
            }
            default -> throw new StackException("Unknown command \"" + command + "\" — see ./run help.");
        }
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "Usage:",
                "  ./run                                start the whole system; Ctrl-C stops it",
                "  ./run --demo-data [--seed N] [--children N]",
                "                                       load a synthetic demo history (deterministic from N)",
                "  ./run status                         what runs, where",
                "  ./run stop                           stop the running system",
                "  ./run restart|stop|start SERVICE     one service alone (" + Services.names() + ")",
                "  ./run restart kafka                  the launcher's Kafka broker, on its data",
                "  ./run token USER                     print an access token for a demo user, for scripts:",
                "                                       curl -H \"Authorization: Bearer $(./run token manager)\" …",
                "Configuration: environment variables, see docs/local-stack.md.");
    }

    private ServiceSpec service(List<String> rest) throws StackException {
        if (rest.size() != 1) {
            throw new StackException("Name one service: " + Services.names() + ".");
        }
        return config.services().stream().filter(s -> s.name().equals(rest.get(0))).findFirst()
                .orElseThrow(() -> new StackException("There is no service \"" + rest.get(0) + "\"; the services are "
                        + Services.names() + "."));
    }

    /**
     * Signs a demo user in at the running identity provider (authorization code + PKCE with the public cse-cli client,
     * as a browser would) and prints only the access token, so that {@code $(./run token manager)} can be used in a
     * shell. The demo users' password is their name.
     */
    private int token(List<String> rest) throws StackException {
        if (rest.size() != 1) {
            throw new StackException("Name one demo user, e.g. ./run token manager.");
        }
        String user = rest.get(0);
        String issuer = LocalIdentity.issuer(config).orElseThrow(() ->
                new StackException("This stack has no identity provider."));
        try {
            out.println(OidcSignIn.cli(issuer).accessToken(user));
            return 0;
        } catch (OidcSignIn.SignInRefused e) {
            throw new StackException("The identity provider did not sign \"" + user + "\" in: demo users are "
                    + "practitioner, manager, practitioner2, manager2, board, auditor and admin (password = name),"
                    + " and after 5 wrong passwords a user waits 15 minutes.");
        } catch (IllegalStateException e) {
            throw new StackException("Could not get a token from " + issuer + " — is the stack running (./run status)? ("
                    + e.getMessage() + ")");
        }
    }

    // ---- ./run ----------------------------------------------------------------------------------------------------

    private int up(Optional<DemoDataCommand> demo) throws Exception {
        Files.createDirectories(config.runDirectory());
        Optional<StackLock> lock = StackLock.tryAcquire(config.runDirectory());
        if (lock.isEmpty()) {
            return alreadyRunning(demo);
        }
        Stack stack = new Stack(config, out);
        Thread hook = new Thread(() -> {
            stopping = true;
            out.println();
            out.println("Stopping (services, then Kafka, then PostgreSQL)…");
            stack.close();
            lock.get().close();
            out.println("Stopped.");
        }, "local-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        Stack.stopLeftovers(config, out);
        if (config.build()) {
            Build.ensure(config, config.services(), out);
        }
        Instant started = Instant.now();
        stack.start();
        out.println();
        out.print(stack.summary());
        out.println("  (up in " + Duration.between(started, Instant.now()).toSeconds() + " s)");
        stack.writeSummary();
        if (demo.isPresent()) {
            out.println();
            try {
                demo.get().load(config, out);
            } catch (StackException e) {
                out.println("Demo data: " + e.getMessage());
            }
            out.println("The stack keeps running; Ctrl-C stops it.");
        }
        supervise(stack);
        return 0;
    }

    private int alreadyRunning(Optional<DemoDataCommand> demo) throws Exception {
        OptionalLong pid = StackLock.holder(config.runDirectory());
        if (demo.isPresent()) {
            out.println("The local stack is already running" + pid.stream().mapToObj(p -> " (launcher PID " + p + ")")
                    .findFirst().orElse("") + "; loading the demo data into it.");
            demo.get().load(config, out);
            return 0;
        }
        out.println("The local stack is already running" + pid.stream().mapToObj(p -> " (launcher PID " + p + ")")
                .findFirst().orElse("") + " — not starting a second one.");
        Path summary = config.runDirectory().resolve("summary.txt");
        if (Files.exists(summary)) {
            out.println();
            out.print(Files.readString(summary));
        } else {
            out.println("It is still starting; its output is in the terminal that started it.");
        }
        out.println();
        out.println("Stop it with Ctrl-C in its terminal, or ./run stop.");
        return 0;
    }

    /** Reports, while the stack runs, a service or the broker that stops or is restarted; returns only when the JVM exits. */
    private void supervise(Stack stack) {
        List<String> parts = new ArrayList<>(config.services().stream().map(ServiceSpec::name).toList());
        if (stack.broker() != null) {
            parts.add(KafkaBroker.PART);
        }
        Map<String, Long> pids = new HashMap<>();
        parts.forEach(p -> pids.put(p, Processes.readPid(config.pidFile(p)).orElse(-1)));
        while (!stopping) {
            Processes.sleep(2000);
            for (String part : parts) {
                if (stopping) {
                    return;
                }
                long pid = Processes.live(config.pidFile(part), part).map(ProcessHandle::pid).orElse(-1L);
                long before = pids.get(part);
                if (pid == before) {
                    continue;
                }
                pids.put(part, pid);
                if (pid < 0 && part.equals(KafkaBroker.PART)) {
                    out.println("The Kafka broker has stopped (see " + config.show(config.logFile(part))
                            + "); the services cannot publish or read events — ./run restart kafka starts it again"
                            + " on its data.");
                } else if (pid < 0) {
                    out.println(part + " has stopped (see " + config.show(config.logFile(part)) + "); the rest"
                            + " keeps running — ./run start " + part + " starts it again.");
                } else {
                    out.println(part + " is running " + (before < 0 ? "again" : "anew (restarted)") + " (PID " + pid + ").");
                }
            }
        }
    }

    // ---- ./run status | stop ----------------------------------------------------------------------------------------

    private int status() throws IOException {
        if (!StackLock.held(config.runDirectory())) {
            out.println("The local stack is not running. Start it with ./run.");
            return 0;
        }
        out.println("The local stack is running (launcher PID " + StackLock.holder(config.runDirectory()).orElse(-1) + ").");
        for (ServiceSpec s : config.services()) {
            Optional<ProcessHandle> h = Processes.live(config.pidFile(s.name()), s.name());
            int port = portOf(s);
            out.printf("  %-16s %s%n", s.name(), h.isEmpty() ? "stopped"
                    : "PID " + h.get().pid() + ", http://localhost:" + port + " "
                    + (ServiceRunner.healthy(port) ? "healthy" : "not healthy (yet)"));
        }
        Processes.live(config.pidFile(KafkaBroker.PART), KafkaBroker.PART)
                .ifPresent(h -> out.printf("  %-16s PID %d%n", "Kafka broker", h.pid()));
        return 0;
    }

    private int stopAll() {
        OptionalLong pid = StackLock.holder(config.runDirectory());
        if (!StackLock.held(config.runDirectory()) || pid.isEmpty()) {
            out.println("The local stack is not running.");
            return 0;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(pid.getAsLong());
        if (launcher.isEmpty()) {
            out.println("The local stack is not running.");
            return 0;
        }
        out.println("Stopping the local stack (launcher PID " + pid.getAsLong() + ")…");
        launcher.get().destroy();
        Instant deadline = Instant.now().plusSeconds(180);
        while (StackLock.held(config.runDirectory()) && Instant.now().isBefore(deadline)) {
            Processes.sleep(500);
        }
        out.println(StackLock.held(config.runDirectory()) ? "It is still stopping; see its terminal." : "Stopped.");
        return 0;
    }

    // ---- one service alone ------------------------------------------------------------------------------------------

    private int portOf(ServiceSpec s) {
        try {
            String p = ServiceRunner.readEnvFile(config.envFile(s.name())).get("SERVER_PORT");
            return p == null ? config.port(s) : Integer.parseInt(p);
        } catch (IOException | NumberFormatException e) {
            return config.port(s);
        }
    }

    private int stopService(ServiceSpec s) throws StackException {
        requireRunning();
        boolean was = ServiceRunner.stop(config, s, Duration.ofSeconds(60));
        out.println(was ? "Stopped " + s.name() + ". ./run start " + s.name() + " starts it again."
                : s.name() + " was not running.");
        return 0;
    }

    private int startService(ServiceSpec s, boolean restart) throws Exception {
        requireRunning();
        Path envFile = config.envFile(s.name());
        if (!Files.exists(envFile)) {
            throw new StackException("There is no " + config.show(envFile) + " yet: the stack has not started "
                    + s.name() + " once; wait until ./run says it is running.");
        }
        Map<String, String> env = ServiceRunner.readEnvFile(envFile);
        int port = portOf(s);
        config.servicePort(s.name(), port);
        if (Processes.live(config.pidFile(s.name()), s.name()).isPresent()) {
            if (!restart) {
                out.println(s.name() + " is already running; ./run restart " + s.name() + " restarts it.");
                return 0;
            }
            out.println("Stopping " + s.name() + "…");
            ServiceRunner.stop(config, s, Duration.ofSeconds(60));
        }
        if (config.build()) {
            Build.ensure(config, List.of(s), out);
        }
        Process p = ServiceRunner.start(config, s, env);
        out.println("Starting " + s.name() + " (PID " + p.pid() + ", log " + config.show(config.logFile(s.name()))
                + ", env " + config.show(envFile) + ")…");
        ServiceRunner.awaitHealthy(config, Map.of(s, p.toHandle()), config.startupTimeout(), out);
        out.println(s.name() + " is running on http://localhost:" + port + ".");
        return 0;
    }

    /**
     * Stops the launcher's Kafka broker (SIGTERM: a clean shutdown) if it runs, and starts it again on the same data
     * directory and ports: the topic and every record are kept. The services reconnect by themselves.
     */
    private int restartBroker() throws Exception {
        requireRunning();
        Path pidFile = config.pidFile(KafkaBroker.PART);
        if (!Files.exists(pidFile)) {
            throw new StackException("This stack uses a Kafka broker it did not start (CSE_KAFKA_BOOTSTRAP); restart that"
                    + " broker where it runs.");
        }
        int port = config.kafkaPort();
        int controllerPort = config.kafkaControllerPort();
        Optional<ProcessHandle> running = Processes.live(pidFile, KafkaBroker.PART);
        if (running.isPresent()) {
            // The ports it runs on, whatever this shell's variables say: its last two arguments.
            String[] arguments = running.get().info().arguments().orElse(new String[0]);
            if (arguments.length >= 2) {
                try {
                    port = Integer.parseInt(arguments[arguments.length - 2]);
                    controllerPort = Integer.parseInt(arguments[arguments.length - 1]);
                } catch (NumberFormatException e) {
                    // keep the configured ports
                }
            }
            out.println("Stopping the Kafka broker (PID " + running.get().pid() + ")…");
            Processes.stop(running.get(), Duration.ofSeconds(60));
        } else {
            out.println("The Kafka broker is not running; starting it.");
        }
        // A broker that has just crashed (or was just stopped) can hold its ports for a moment while the system
        // tears the process down: wait for them rather than refuse a restart asked for right after the crash.
        long portsDeadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((Processes.portBusy(port) || Processes.portBusy(controllerPort)) && System.nanoTime() < portsDeadline) {
            Processes.sleep(200);
        }
        KafkaBroker broker = new KafkaBroker(config.kafkaDataDirectory(), port, controllerPort,
                config.logFile(KafkaBroker.PART), pidFile);
        broker.start(Duration.ofSeconds(120));
        out.println("The Kafka broker is running again on 127.0.0.1:" + port + " (PID " + broker.pid() + ", data "
                + config.show(config.kafkaDataDirectory()) + "); the services reconnect by themselves.");
        return 0;
    }

    private void requireRunning() throws StackException {
        if (!StackLock.held(config.runDirectory())) {
            throw new StackException("The local stack is not running — start it with ./run (a service runs with"
                    + " the PostgreSQL and Kafka that ./run provides).");
        }
    }
}
