package org.cseriskrecord.localstack;

import org.cseriskrecord.localstack.postgres.PostgresServer;
import org.cseriskrecord.localstack.services.FakeService;
import org.cseriskrecord.localstack.services.ServiceRunner;
import org.cseriskrecord.localstack.services.ServiceSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Process supervision with a stand-in service jar (the real services have their own walkthrough test): each service
 * is its own {@code java -jar} process configured only by environment variables, recorded in a pid file and an env
 * file; it can be stopped, started and restarted alone through {@code ./run}'s commands; a second {@code ./run}
 * while the stack runs says so; stopping the stack stops a service that was restarted alone.
 */
class ServiceSupervisionTest {

    @TempDir
    Path state;

    private StackConfig config;
    private ServiceSpec fake;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    private final PostgresServer pg = new PostgresServer(PostgresServer.Kind.LOCAL, "127.0.0.1", 5432, "postgres",
            "it's a secret", "test", null);

    @BeforeEach
    void setUp() throws IOException {
        Path jar = fakeServiceJar(state.resolve("fake-service-0.1.0-exec.jar"));
        fake = new ServiceSpec("fake-service", TestSupport.freePort(), "fake_db");
        ServiceSpec other = new ServiceSpec("other-service", TestSupport.freePort(), null);
        config = new StackConfig(TestSupport.repositoryRoot())
                .stateDirectory(state.resolve(".local-stack"))
                .services(List.of(fake, other))
                .jarLocator(s -> Optional.of(jar))
                .startupTimeout(Duration.ofSeconds(60))
                .build(false);
    }

    @AfterEach
    void tearDown() {
        ServiceRunner.stop(config, fake, Duration.ofSeconds(10));
    }

    @Test
    void a_service_runs_as_its_own_process_configured_only_by_environment() throws Exception {
        Map<String, String> env = ServiceRunner.environment(config, fake, pg, "127.0.0.1:19092");
        assertThat(env).containsEntry("SERVER_PORT", String.valueOf(fake.port()))
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/fake_db")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "it's a secret")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                .containsEntry("SPRING_PROFILES_ACTIVE", "local")
                .containsEntry("AXONIQ_UPDATE_CHECKER_DISABLED", "true")
                .containsKey("CSE_OTHER_SERVICE_URL");

        Process p = ServiceRunner.start(config, fake, env);
        ServiceRunner.awaitHealthy(config, Map.of(fake, p.toHandle()), Duration.ofSeconds(60), out);

        String seen = get("http://127.0.0.1:" + fake.port() + "/env");
        env.forEach((k, v) -> assertThat(seen).contains(k + "=" + v));
        assertThat(seen).contains("axoniq.update-checker.disabled=true");
        assertThat(Processes.readPid(config.pidFile("fake-service"))).hasValue(p.pid());
        assertThat(ServiceRunner.readEnvFile(config.envFile("fake-service"))).isEqualTo(env);
        assertThat(Files.readString(config.envFile("fake-service"))).contains("./run restart fake-service");
        assertThat(Files.readString(config.logFile("fake-service"))).contains("fake service up on " + fake.port());
        if (Files.isDirectory(Path.of("/proc/self")) && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            // its own session: Ctrl-C in the launcher's terminal does not reach it; the launcher stops it in order
            String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            assertThat(fields[3]).as("session id").isEqualTo(String.valueOf(p.pid()));
        }
    }

    @Test
    void one_service_can_be_stopped_started_and_restarted_alone_and_the_stack_stops_it_afterwards() throws Exception {
        Process original = ServiceRunner.start(config, fake, ServiceRunner.environment(config, fake, pg, "127.0.0.1:19092"));
        ServiceRunner.awaitHealthy(config, Map.of(fake, original.toHandle()), Duration.ofSeconds(60), out);

        try (StackLock lock = StackLock.tryAcquire(config.runDirectory()).orElseThrow()) {
            LocalStack cli = new LocalStack(config, out);

            assertThat(cli.run(List.of("restart", "fake-service"))).isZero();
            long restarted = Processes.readPid(config.pidFile("fake-service")).orElseThrow();
            assertThat(restarted).isNotEqualTo(original.pid());
            assertThat(original.isAlive()).isFalse();
            assertThat(ServiceRunner.healthy(fake.port())).isTrue();
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("fake-service is running on http://localhost:" + fake.port());

            // a second ./run while this one runs: says so, starts nothing
            output.reset();
            assertThat(cli.run(List.of())).isZero();
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("already running").contains("not starting a second one");
            assertThat(Processes.readPid(config.pidFile("fake-service"))).hasValue(restarted);

            assertThat(cli.run(List.of("stop", "fake-service"))).isZero();
            assertThat(ProcessHandle.of(restarted).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(ServiceRunner.healthy(fake.port())).isFalse();
            output.reset();
            cli.run(List.of("status"));
            assertThat(output.toString(StandardCharsets.UTF_8)).containsPattern("fake-service +stopped");

            assertThat(cli.run(List.of("start", "fake-service"))).isZero();
            long startedAlone = Processes.readPid(config.pidFile("fake-service")).orElseThrow();
            assertThat(ServiceRunner.healthy(fake.port())).isTrue();

            // Ctrl-C of the launcher stops services by their pid files, so also one restarted alone
            new Stack(config, out).close();
            assertThat(ProcessHandle.of(startedAlone).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(config.pidFile("fake-service")).doesNotExist();
        }
    }

    @Test
    void without_a_running_stack_the_single_service_commands_say_so() {
        LocalStack cli = new LocalStack(config, out);
        assertThatThrownBy(() -> cli.run(List.of("restart", "fake-service")))
                .isInstanceOf(StackException.class).hasMessageStartingWith("The local stack is not running");
        assertThatThrownBy(() -> cli.run(List.of("restart", "no-such-service")))
                .isInstanceOf(StackException.class).hasMessageContaining("There is no service \"no-such-service\"");
    }

    @Test
    void a_busy_port_is_reported_with_the_variable_that_moves_it() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(fake.port())) {
            assertThatThrownBy(() -> ServiceRunner.start(config, fake, Map.of()))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("Port " + fake.port())
                    .hasMessageContaining("CSE_FAKE_SERVICE_PORT");
        }
    }

    @Test
    void a_service_that_dies_while_starting_is_reported_with_the_end_of_its_log() throws Exception {
        Path broken = Files.writeString(state.resolve("broken-exec.jar"), "not a jar");
        config.jarLocator(s -> Optional.of(broken));
        Process p = ServiceRunner.start(config, fake, ServiceRunner.environment(config, fake, pg, "x:1"));
        assertThatThrownBy(() -> ServiceRunner.awaitHealthy(config, Map.of(fake, p.toHandle()), Duration.ofSeconds(60), out))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("fake-service stopped while starting")
                .hasMessageContaining("jarfile");
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Packs {@link FakeService} (from the test classes) into an executable jar. */
    static Path fakeServiceJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        Path classes = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String dir = FakeService.class.getPackageName().replace('.', '/');
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             var stream = Files.list(classes.resolve(dir))) {
            for (Path c : (Iterable<Path>) stream.filter(f -> f.getFileName().toString().startsWith("FakeService"))::iterator) {
                out.putNextEntry(new JarEntry(dir + "/" + c.getFileName()));
                out.write(Files.readAllBytes(c));
                out.closeEntry();
            }
        }
        return jar;
    }
}
