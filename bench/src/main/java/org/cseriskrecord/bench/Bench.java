package org.cseriskrecord.bench;

import org.cseriskrecord.localstack.Processes;
import org.cseriskrecord.localstack.StackConfig;
import org.cseriskrecord.localstack.StackException;
import org.cseriskrecord.localstack.demo.ApiClient;
import org.cseriskrecord.localstack.demo.DemoDataCommand;
import org.cseriskrecord.localstack.services.ServiceRunner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./run bench}: what every path of the running system costs, against PostgreSQL's own single-row
 * insert + commit rate measured on the same server in the same run (docs/benchmarks.md). Prints one table and the
 * targets of issue 13, and writes the rows as CSV under {@code target/bench/}.
 */
public final class Bench {

    /** Where the stack is and how to reach it. */
    record Endpoints(String commandUrl, String queryUrl, String issuer, String jdbcUrl, String jdbcUser,
                     String jdbcPassword, Optional<Long> commandServicePid) {
    }

    private final BenchOptions options;
    private final Endpoints endpoints;
    private final PrintStream out;

    Bench(BenchOptions options, Endpoints endpoints, PrintStream out) {
        this.options = options;
        this.endpoints = endpoints;
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        BenchOptions options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                out.println(BenchOptions.USAGE);
                return;
            }
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Endpoints endpoints = endpoints(options);
            Report report = new Bench(options, endpoints, out).run();
            System.exit(report.errors() == 0 ? 0 : 3);
        } catch (StackException | IOException | IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** The addresses given, else those of the local stack {@code ./run} started (its env files, its variables). */
    static Endpoints endpoints(BenchOptions options) throws StackException, IOException {
        Path root = Path.of(System.getProperty("cse.repository.root", ".")).toAbsolutePath().normalize();
        StackConfig stack = StackConfig.fromEnvironment(root, System.getenv());
        Map<String, String> commandEnv = Map.of();
        Path envFile = stack.envFile("command-service");
        if (Files.exists(envFile)) {
            commandEnv = ServiceRunner.readEnvFile(envFile);
        }
        String jdbc = options.jdbcUrl().orElseGet(() -> {
            // the command-service's own database server, in its maintenance database
            return "jdbc:postgresql://" + stack.dbHost() + ":" + stack.dbPort() + "/postgres";
        });
        String datasource = commandEnv.get("SPRING_DATASOURCE_URL");
        if (options.jdbcUrl().isEmpty() && datasource != null) {
            jdbc = datasource.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
        }
        String user = commandEnv.getOrDefault("SPRING_DATASOURCE_USERNAME", options.jdbcUser());
        String password = commandEnv.getOrDefault("SPRING_DATASOURCE_PASSWORD", options.jdbcPassword());
        if (options.jdbcUrl().isPresent()) {
            user = options.jdbcUser();
            password = options.jdbcPassword();
        }
        java.util.OptionalLong running = Processes.readPid(stack.pidFile("command-service"));
        Optional<Long> pid = options.profilePid()
                .or(() -> running.isPresent() ? Optional.of(running.getAsLong()) : Optional.empty());
        return new Endpoints(
                options.commandUrl().orElse(DemoDataCommand.url(stack, "command-service")),
                options.queryUrl().orElse(DemoDataCommand.url(stack, "query-service")),
                options.issuer().orElse(DemoDataCommand.url(stack, "identity-provider")),
                jdbc, user, password, options.profile() ? pid : Optional.empty());
    }

    Report run() throws Exception {
        ApiClient.SignIn signIn = options.bearer() ? ApiClient.bearer(endpoints.issuer()) : ApiClient.BASIC;
        ApiClient commands = new ApiClient(endpoints.commandUrl(), signIn);
        ApiClient query = new ApiClient(endpoints.queryUrl(), signIn);
        requireUp("command-service", commands);
        requireUp("query-service", query);
        out.println("Benchmark of " + endpoints.commandUrl() + " and " + endpoints.queryUrl() + ", baseline on "
                + endpoints.jdbcUrl() + "; " + Runtime.getRuntime().availableProcessors() + " processors; requests "
                + (options.bearer() ? "with bearer tokens from " + endpoints.issuer() : "with HTTP Basic") + ".");
        for (String user : CommandLoad.users()) {
            try {
                signIn.authorization(user); // signed in once, before anything is timed
            } catch (RuntimeException e) {
                throw new IllegalStateException("Could not sign " + user + " in at " + endpoints.issuer() + ": "
                        + e.getMessage(), e);
            }
        }

        Files.createDirectories(options.out());
        Report report = new Report();
        CommandLoad load = new CommandLoad(commands, query, options.seed());
        List<String> caseIds = new ArrayList<>();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        if (options.warmupSeconds() > 0) {
            out.println("Warming up: " + options.warmupSeconds() + " s of commands, not measured…");
            caseIds.addAll(load.run(2, options.warmupSeconds(), false, out).caseIds());
        }
        try (Baseline baseline = new Baseline(endpoints.jdbcUrl(), endpoints.jdbcUser(), endpoints.jdbcPassword())) {
            for (int clients : options.concurrency()) {
                out.println("Concurrency " + clients + ": PostgreSQL insert + commit, then the command mix…");
                Latencies.Summary raw = baseline.measure(clients, options.seconds());
                report.add("baseline", "insert+commit", clients, raw, "");
                Profile profile = null;
                if (endpoints.commandServicePid().isPresent() && clients == profiledConcurrency()) {
                    profile = Profile.start(endpoints.commandServicePid().get(),
                            options.out().resolve("command-service-" + stamp + ".jfr"));
                }
                CommandLoad.Result result = load.run(clients, options.seconds(), true, out);
                if (profile != null) {
                    Path recording = profile.stop();
                    List<String> summary = Profile.summarise(recording, 15);
                    Files.write(options.out().resolve("profile-" + stamp + ".txt"), summary);
                    out.println("Profile of command-service at concurrency " + clients + ":");
                    summary.forEach(line -> out.println("  " + line));
                }
                caseIds.addAll(result.caseIds());
                report.add("commands", "mix", clients, result.commands(),
                        result.failures().isEmpty() ? "" : result.failures().size() + " histories refused, first: "
                                + result.failures().get(0));
                report.add("lag", "command 2xx -> read", clients, result.lag(),
                        "every " + CommandLoad.LAG_SAMPLE + "th change" + (result.lagTimeouts() > 0
                                ? "; " + result.lagTimeouts() + " not shown within 30 s" : "")
                                + (result.firstLagError().isEmpty() ? "" : "; first failure: " + result.firstLagError()));
                report.add("ratio", "commands / baseline", clients, null, String.format(Locale.ROOT, "%.1f %%",
                        100.0 * result.commands().perSecond() / Math.max(raw.perSecond(), 1e-9)));
            }
        }
        List<String> readable = caseIds.size() > 200 ? caseIds.subList(caseIds.size() - 200, caseIds.size()) : caseIds;
        Reads reads = new Reads(query);
        for (Reads.Path path : Reads.paths(readable)) {
            for (int clients : options.readConcurrency()) {
                Reads.Measured measured = reads.measure(path, clients, options.reads());
                report.add("reads", path.name(), clients, measured.summary(), measured.firstError());
            }
        }
        if (options.rebuild()) {
            out.println("Rebuilding every projection from the topic…");
            for (Rebuild.Result r : new Rebuild(query).rebuildAll()) {
                report.add("rebuild", r.projection(), 1, null, String.format(Locale.ROOT,
                        "%d events applied in %d ms: %.0f events/s (%d records read: %.0f/s)", r.eventsApplied(),
                        r.tookMillis(), r.eventsPerSecond(), r.recordsRead(), r.recordsPerSecond()));
            }
        }
        out.println();
        report.print(out);
        Path csv = options.out().resolve("bench-" + stamp + ".csv");
        report.writeCsv(csv);
        report.writeCsv(options.out().resolve("latest.csv"));
        out.println();
        out.println("CSV: " + csv.toAbsolutePath());
        if (report.errors() > 0) {
            out.println(report.errors() + " requests failed or were refused (column errors): the figures are not "
                    + "a clean measurement.");
        }
        return report;
    }

    /** Issue 13's reference concurrency (8) when measured, else the largest measured below it. */
    private int profiledConcurrency() {
        return options.concurrency().stream().filter(c -> c <= 8).max(Integer::compare)
                .orElse(options.concurrency().get(0));
    }

    private static void requireUp(String name, ApiClient client) throws IOException {
        try {
            ApiClient.Response health = client.send("admin", "GET", "/actuator/health", null);
            if (health.status() >= 500) {
                throw new IOException(name + " at " + client.baseUrl() + " is not healthy (" + health.status()
                        + "): start the stack with ./run and wait until it says it is ready.");
            }
        } catch (java.net.ConnectException e) {
            throw new IOException("Nothing answers at " + client.baseUrl() + " (" + name + "): start the stack with "
                    + "./run first, or give --command-url / --query-url.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
