package org.cseriskrecord.bench;

import org.cseriskrecord.localstack.Processes;
import org.cseriskrecord.localstack.Stack;
import org.cseriskrecord.localstack.StackConfig;
import org.cseriskrecord.localstack.postgres.PostgresServer;
import org.cseriskrecord.localstack.services.ServiceSpec;
import org.cseriskrecord.localstack.services.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark's smoke mode against a local stack started as {@code ./run} starts it (free ports, databases and a
 * data directory of its own): every path is measured — baseline, command mix with bearer tokens, lag, the four
 * reads, every projection's rebuild, a JFR profile of command-service — with no request failing, and the table and
 * CSV come out. Seconds and small counts: it proves the benchmark works, not how fast the system is.
 * <p>
 * Needs the services' exec jars (the full reactor build makes them); without them it is skipped, saying so.
 */
class BenchSmokeTest {

    @TempDir
    Path state;

    @TempDir
    Path out;

    @Test
    void the_smoke_run_measures_every_path_against_the_local_stack_with_no_request_failing() throws Exception {
        Path root = Path.of(System.getProperty("cse.repository.root", "..")).toAbsolutePath().normalize();
        StackConfig probe = new StackConfig(root);
        for (ServiceSpec s : Services.ALL) {
            assumeTrue(probe.jar(s).isPresent(), "skipped: no " + s.name() + "/target/" + s.name()
                    + "-*-exec.jar — build the services first (./mvnw -q -DskipTests install)");
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        List<ServiceSpec> services = new ArrayList<>();
        for (ServiceSpec s : Services.ALL) {
            services.add(new ServiceSpec(s.name(), freePort(),
                    s.database() == null ? null : s.database() + "_bench_" + suffix));
        }
        StackConfig config = new StackConfig(root).stateDirectory(state).embeddedDbPort(freePort())
                .kafkaPorts(freePort(), freePort()).services(services).startupTimeout(Duration.ofSeconds(240))
                .build(false);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(console, true, StandardCharsets.UTF_8);
        Stack stack = new Stack(config, printed);
        Thread safety = new Thread(stack::close);
        Runtime.getRuntime().addShutdownHook(safety);
        PostgresServer postgres = null;
        try {
            stack.start();
            postgres = stack.postgres();
            var endpoints = new Bench.Endpoints(url(services, "command-service"), url(services, "query-service"),
                    url(services, "identity-provider"), postgres.jdbcUrl("postgres"), postgres.user(),
                    postgres.password() == null ? "" : postgres.password(),
                    Optional.of(Processes.readPid(config.pidFile("command-service")).orElseThrow()));
            BenchOptions options = BenchOptions.parse("--smoke", "--out", out.toString(), "--profile");

            Report report = new Bench(options, endpoints, printed).run();

            assertThat(report.errors()).as(console.toString(StandardCharsets.UTF_8)).isZero();
            List<Report.Row> rows = report.rows();
            for (int clients : List.of(1, 2)) {
                assertThat(measured(rows, "baseline", "insert+commit", clients)).isPositive();
                assertThat(measured(rows, "commands", "mix", clients)).as("commands at " + clients).isPositive();
                assertThat(measured(rows, "lag", "command 2xx -> read", clients)).isPositive();
                assertThat(rows).anySatisfy(r -> assertThat(r.phase() + r.clients() + r.note())
                        .matches("ratio" + clients + "\\d+\\.\\d %"));
            }
            for (String read : List.of("case list", "case view", "dashboard", "board trends")) {
                assertThat(measured(rows, "reads", read, 1)).as(read).isEqualTo(10);
            }
            assertThat(rows.stream().filter(r -> r.phase().equals("rebuild")).map(Report.Row::note))
                    .isNotEmpty().allMatch(note -> note.matches("[1-9]\\d* events applied in \\d+ ms: .*"));
            List<String> csv = Files.readAllLines(out.resolve("latest.csv"));
            assertThat(csv.get(0)).isEqualTo(Report.CSV_HEADER);
            assertThat(csv).hasSize(rows.size() + 1);
            try (var profiles = Files.list(out)) {
                Path profile = profiles.filter(p -> p.getFileName().toString().startsWith("profile-")).findFirst()
                        .orElseThrow();
                assertThat(Files.readString(profile)).containsPattern("[1-9]\\d* CPU samples")
                        .contains("this project's methods");
            }
            assertThat(console.toString(StandardCharsets.UTF_8)).contains("phase").contains("per second");
        } catch (Throwable t) {
            System.out.println(console.toString(StandardCharsets.UTF_8));
            throw t;
        } finally {
            stack.close();
            Runtime.getRuntime().removeShutdownHook(safety);
            if (postgres != null && postgres.embedded() == null) {
                try (Connection c = postgres.connect("postgres"); Statement s = c.createStatement()) {
                    for (ServiceSpec sp : services) {
                        if (sp.database() != null) {
                            s.execute("DROP DATABASE IF EXISTS " + sp.database() + " WITH (FORCE)");
                        }
                    }
                }
            }
        }
    }

    private static int measured(List<Report.Row> rows, String phase, String path, int clients) {
        return rows.stream().filter(r -> r.phase().equals(phase) && r.path().equals(path) && r.clients() == clients)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + phase + " " + path + " " + clients))
                .summary().operations();
    }

    private static String url(List<ServiceSpec> services, String name) {
        return "http://localhost:" + services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().port();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
