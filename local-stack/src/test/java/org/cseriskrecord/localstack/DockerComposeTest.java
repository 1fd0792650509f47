package org.cseriskrecord.localstack;

import org.cseriskrecord.localstack.services.ServiceSpec;
import org.cseriskrecord.localstack.services.Services;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so its shape is checked: it parses; every service has a
 * build or an image; every long-running one has a health check; the application services are built from the one
 * multi-stage Dockerfile with their module and port as build arguments (JDK 17 build, JRE 17 runtime, non-root user,
 * actuator health check) and get the environment variables the services read; data lives in named volumes. Where a Docker CLI with the compose plugin
 * exists, {@code docker compose config} must accept the file too.
 */
class DockerComposeTest {

    private static final Path ROOT = TestSupport.repositoryRoot();
    private static final List<String> SERVICE_VARIABLES = List.of("SERVER_PORT", "SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
            "SPRING_PROFILES_ACTIVE", "AXONIQ_UPDATE_CHECKER_DISABLED");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        return (Map<String, Object>) compose().get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> s = (Map<String, Object>) services().get(name);
        assertThat(s).as("service " + name).isNotNull();
        return s;
    }

    @Test
    void every_service_has_a_build_or_an_image_and_every_long_running_one_a_health_check() throws IOException {
        Map<String, Object> services = services();
        assertThat(services).containsKeys("postgres", "kafka");
        for (ServiceSpec s : Services.containerised()) {
            assertThat(services).containsKey(s.name());
        }
        services.forEach((name, value) -> {
            @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) value;
            assertThat(s.containsKey("build") || s.containsKey("image")).as(name + " has a build or an image").isTrue();
            boolean oneShot = "no".equals(s.get("restart"));
            if (!oneShot) {
                assertThat(s).as(name + " has a health check").containsKey("healthcheck");
                @SuppressWarnings("unchecked") Map<String, Object> hc = (Map<String, Object>) s.get("healthcheck");
                assertThat(hc.get("test")).as(name + " health check test").isNotNull();
            }
        });
    }

    @Test
    void postgres_is_the_official_image_and_creates_both_databases() throws IOException {
        Map<String, Object> pg = service("postgres");
        assertThat((String) pg.get("image")).startsWith("postgres:");
        @SuppressWarnings("unchecked") List<String> volumes = (List<String>) pg.get("volumes");
        assertThat(volumes).anySatisfy(v -> assertThat(v).startsWith("postgres-data:"));
        String init = volumes.stream().filter(v -> v.contains("/docker-entrypoint-initdb.d")).findFirst().orElseThrow();
        Path initDir = ROOT.resolve(init.substring(0, init.indexOf(':')).replaceFirst("^\\./", ""));
        String sql = String.join("\n", Files.readAllLines(Files.list(initDir).filter(f -> f.toString().endsWith(".sql"))
                .findFirst().orElseThrow()));
        assertThat(sql).contains("CREATE DATABASE cse_command").contains("CREATE DATABASE cse_query")
                .contains("CREATE DATABASE cse_keys");
    }

    @Test
    void both_services_read_the_per_case_keys_wrapped_by_a_key_made_once_in_its_own_volume() throws IOException {
        Map<String, Object> init = service("keys-init");
        assertThat(init.get("restart")).isEqualTo("no");
        String command = String.join(" ", ((List<?>) init.get("entrypoint")).stream().map(String::valueOf).toList());
        assertThat(command).contains("[ -s /kek/kek.key ] ||").contains("/dev/urandom");
        for (String name : List.of("command-service", "query-service")) {
            @SuppressWarnings("unchecked") Map<String, Object> env = (Map<String, Object>) service(name).get("environment");
            assertThat(String.valueOf(env.get("CSE_KEYS_DB_URL"))).endsWith("/cse_keys");
            assertThat(String.valueOf(env.get("CSE_KEYS_KEK_FILE"))).isEqualTo("/run/cse-keys/kek.key");
            @SuppressWarnings("unchecked") List<String> volumes = (List<String>) service(name).get("volumes");
            assertThat(volumes).contains("kek:/run/cse-keys:ro");
        }
    }

    @Test
    void kafka_is_the_official_image_in_kraft_mode_and_the_topic_keeps_every_event() throws IOException {
        Map<String, Object> kafka = service("kafka");
        assertThat((String) kafka.get("image")).startsWith("apache/kafka:");
        @SuppressWarnings("unchecked") Map<String, Object> env = (Map<String, Object>) kafka.get("environment");
        assertThat(String.valueOf(env.get("KAFKA_PROCESS_ROLES"))).isEqualTo("broker,controller");
        assertThat(env).containsKeys("CLUSTER_ID", "KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_LOG_DIRS");
        @SuppressWarnings("unchecked") List<String> volumes = (List<String>) kafka.get("volumes");
        assertThat(volumes).contains("kafka-data:" + env.get("KAFKA_LOG_DIRS"));

        Map<String, Object> init = service("kafka-init");
        String command = String.join(" ", ((List<?>) init.get("entrypoint")).stream().map(String::valueOf).toList());
        assertThat(command).contains("--topic cse.case-events").contains("retention.ms=-1").contains("--if-not-exists")
                .contains("--partitions 6");
        @SuppressWarnings("unchecked") Map<String, Object> volumesDecl = (Map<String, Object>) compose().get("volumes");
        assertThat(volumesDecl).containsKeys("postgres-data", "kafka-data");
    }

    @Test
    void the_application_services_are_built_from_their_modules_dockerfile_and_configured_by_environment() throws IOException {
        for (ServiceSpec s : Services.containerised()) {
            Map<String, Object> svc = service(s.name());
            @SuppressWarnings("unchecked") Map<String, Object> build = (Map<String, Object>) svc.get("build");
            assertThat(build).containsEntry("context", ".").containsEntry("dockerfile", "Dockerfile");
            @SuppressWarnings("unchecked") Map<String, Object> args = (Map<String, Object>) build.get("args");
            assertThat(args).as(s.name() + " build arguments").containsEntry("MODULE", s.name());
            assertThat(String.valueOf(args.get("PORT"))).isEqualTo(String.valueOf(s.port()));
            assertThat(ROOT.resolve(s.name()).resolve("Dockerfile")).as("one Dockerfile for every service, not a copy")
                    .doesNotExist();
            @SuppressWarnings("unchecked") Map<String, Object> env = (Map<String, Object>) svc.get("environment");
            assertThat(String.valueOf(env.get("SERVER_PORT"))).isEqualTo(String.valueOf(s.port()));
            @SuppressWarnings("unchecked") Map<String, Object> dependsOn = (Map<String, Object>) svc.get("depends_on");
            if (s.database() != null) {
                assertThat(env).as(s.name() + " environment").containsKeys(SERVICE_VARIABLES.toArray(String[]::new));
                assertThat(String.valueOf(env.get("SPRING_DATASOURCE_URL")))
                        .isEqualTo("jdbc:postgresql://postgres:5432/" + s.database());
                assertThat(String.valueOf(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"))).isEqualTo("kafka:9092");
                assertThat(dependsOn).containsKeys("postgres", "kafka-init");
            } else {
                // A service without data of its own (web-ui) talks to the others over HTTP, by their compose names.
                assertThat(String.valueOf(env.get("CSE_COMMAND_SERVICE_URL"))).isEqualTo("http://command-service:8081");
                assertThat(String.valueOf(env.get("CSE_QUERY_SERVICE_URL"))).isEqualTo("http://query-service:8082");
                assertThat(dependsOn).containsKeys("command-service", "query-service");
            }
            @SuppressWarnings("unchecked") Map<String, Object> hc = (Map<String, Object>) svc.get("healthcheck");
            assertThat(String.valueOf(hc.get("test"))).contains("/actuator/health");
        }
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^FROM maven:[^ ]*temurin-17 AS build")
                .containsPattern("(?m)^FROM eclipse-temurin:17-jre")
                .containsPattern("(?m)^USER 10001")
                .containsPattern("(?m)^HEALTHCHECK .*\\n?.*actuator/health")
                .contains("-pl ${MODULE} -am")
                .containsPattern("(?m)^ENV SERVER_PORT=\\$\\{PORT}")
                .contains("-Daxoniq.update-checker.disabled=true");
        assertThat(Files.readString(ROOT.resolve(".dockerignore"))).contains("target/").contains(".local-stack/");
    }

    @Test
    void docker_compose_accepts_the_file_where_a_compose_tool_exists() throws Exception {
        // The compose plugin where Docker is installed; Debian's docker-compose (v1) where only it can be had (CI).
        List<String> compose = null;
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            List<String> version = new java.util.ArrayList<>(candidate);
            version.add("version");
            if (answers(version)) {
                compose = candidate;
                break;
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(compose != null,
                "neither 'docker compose' nor 'docker-compose' is installed here");
        List<String> command = new java.util.ArrayList<>(compose);
        command.addAll(List.of("-f", "docker-compose.yml", "config", "-q"));
        // Secrets have no defaults: with them the file is accepted, without any one of them it is refused.
        assertThat(composeConfig(command, KeycloakRealmTest.REQUIRED_SECRETS)).as(String.join(" ", command)).isEmpty();
        for (String missing : KeycloakRealmTest.REQUIRED_SECRETS) {
            var without = new java.util.ArrayList<>(KeycloakRealmTest.REQUIRED_SECRETS);
            without.remove(missing);
            assertThat(composeConfig(command, without)).as("without " + missing).isPresent().get().asString()
                    .contains(missing);
        }
    }

    /** Runs compose's config check with exactly these secrets set; the output when it refuses the file. */
    private static java.util.Optional<String> composeConfig(List<String> command, List<String> secrets) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(KeycloakRealmTest.REQUIRED_SECRETS::contains);
        secrets.forEach(secret -> builder.environment().put(secret, "test-value-" + secret.toLowerCase()));
        Process config = builder.start();
        String output = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(config.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return config.exitValue() == 0 ? java.util.Optional.empty() : java.util.Optional.of(output);
    }

    private static boolean answers(List<String> command) throws InterruptedException {
        try {
            Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException absent) {
            return false;
        }
    }
}
