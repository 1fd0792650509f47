package org.cseriskrecord.localstack;

import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.localstack.services.ServiceSpec;
import org.cseriskrecord.localstack.services.Services;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the launcher can be told, read from environment variables (see docs/local-stack.md for the reference).
 * Tests build one directly and override what they need (temporary directories, free ports, service jars).
 */
public final class StackConfig {

    public static final String TOPIC = CaseEventEnvelope.TOPIC;

    /** The documented environment variables, with their meaning; docs/local-stack.md lists the same. */
    public static final Map<String, String> VARIABLES;

    static {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("CSE_DB_HOST", "PostgreSQL host to use; when set (or CSE_DB_PORT is), the launcher uses that server and no other");
        v.put("CSE_DB_PORT", "its port (default 5432)");
        v.put("CSE_DB_USER", "user for that server and for the localhost:5432 probe (default postgres)");
        v.put("CSE_DB_PASSWORD", "its password (default empty)");
        v.put("CSE_EMBEDDED_DB_PORT", "port of the embedded PostgreSQL, when it is the one chosen (default 15432)");
        v.put("CSE_KAFKA_BOOTSTRAP", "Kafka bootstrap servers to use instead of starting a broker (e.g. kafka1:9092)");
        v.put("CSE_KAFKA_PORT", "port of the launcher's own Kafka broker (default 9092)");
        v.put("CSE_KAFKA_CONTROLLER_PORT", "KRaft controller port of that broker (default 9093)");
        v.put("CSE_KAFKA_PARTITIONS", "partitions of cse.case-events when the launcher creates it (default 6)");
        v.put("CSE_COMMAND_SERVICE_PORT", "command-service port (default 8081); likewise CSE_<SERVICE>_PORT for every service");
        v.put("CSE_QUERY_SERVICE_PORT", "query-service port (default 8082)");
        v.put("CSE_COMMAND_SERVICE_DB", "command-service's database (default cse_command); likewise CSE_<SERVICE>_DB");
        v.put("CSE_QUERY_SERVICE_DB", "query-service's database (default cse_query)");
        v.put("CSE_SERVICE_JAVA_OPTS", "extra JVM options for every service, e.g. -Xmx1g");
        v.put("CSE_STARTUP_TIMEOUT_SECONDS", "how long to wait for every part to become healthy (default 300)");
        v.put("CSE_SKIP_BUILD", "true: never run Maven, use the jars as they are");
        v.put("CSE_STACK_DIR", "where data, logs and env files live (default .local-stack under the repository)");
        VARIABLES = Collections.unmodifiableMap(v);
    }

    private final Path repositoryRoot;
    private Path stateDirectory;
    private String dbHost;
    private int dbPort = 5432;
    private String dbUser = "postgres";
    private String dbPassword = "";
    private String localProbeHost = "127.0.0.1";
    private int localProbePort = 5432;
    private int embeddedDbPort = 15432;
    private String kafkaBootstrap;
    private int kafkaPort = 9092;
    private int kafkaControllerPort = 9093;
    private int topicPartitions = 6;
    private List<ServiceSpec> services = Services.ALL;
    private final Map<String, Integer> servicePorts = new HashMap<>();
    private final Map<String, String> serviceDatabases = new HashMap<>();
    private List<String> serviceJavaOptions = List.of();
    private Duration startupTimeout = Duration.ofSeconds(300);
    private boolean build = true;
    private Function<ServiceSpec, Optional<Path>> jarLocator;

    public StackConfig(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.stateDirectory = this.repositoryRoot.resolve(".local-stack");
        this.jarLocator = spec -> spec.findJar(this.repositoryRoot);
    }

    /** The configuration ./run uses: defaults overridden by the documented environment variables. */
    public static StackConfig fromEnvironment(Path repositoryRoot, Map<String, String> env) throws StackException {
        StackConfig c = new StackConfig(repositoryRoot);
        if (present(env, "CSE_STACK_DIR")) {
            c.stateDirectory = c.repositoryRoot.resolve(env.get("CSE_STACK_DIR")).normalize();
        }
        if (present(env, "CSE_DB_HOST") || present(env, "CSE_DB_PORT")) {
            c.dbHost = present(env, "CSE_DB_HOST") ? env.get("CSE_DB_HOST").trim() : "localhost";
        }
        c.dbPort = intValue(env, "CSE_DB_PORT", c.dbPort);
        if (present(env, "CSE_DB_USER")) {
            c.dbUser = env.get("CSE_DB_USER").trim();
        }
        if (env.get("CSE_DB_PASSWORD") != null) {
            c.dbPassword = env.get("CSE_DB_PASSWORD");
        }
        c.embeddedDbPort = intValue(env, "CSE_EMBEDDED_DB_PORT", c.embeddedDbPort);
        if (present(env, "CSE_KAFKA_BOOTSTRAP")) {
            c.kafkaBootstrap = env.get("CSE_KAFKA_BOOTSTRAP").trim();
        }
        c.kafkaPort = intValue(env, "CSE_KAFKA_PORT", c.kafkaPort);
        c.kafkaControllerPort = intValue(env, "CSE_KAFKA_CONTROLLER_PORT", c.kafkaControllerPort);
        c.topicPartitions = intValue(env, "CSE_KAFKA_PARTITIONS", c.topicPartitions);
        for (ServiceSpec s : c.services) {
            if (present(env, s.portVariable())) {
                c.servicePorts.put(s.name(), intValue(env, s.portVariable(), s.port()));
            }
            if (s.database() != null && present(env, s.databaseVariable())) {
                c.serviceDatabases.put(s.name(), env.get(s.databaseVariable()).trim());
            }
        }
        if (present(env, "CSE_SERVICE_JAVA_OPTS")) {
            c.serviceJavaOptions = Arrays.stream(env.get("CSE_SERVICE_JAVA_OPTS").trim().split("\\s+")).toList();
        }
        c.startupTimeout = Duration.ofSeconds(intValue(env, "CSE_STARTUP_TIMEOUT_SECONDS", 300));
        c.build = !"true".equalsIgnoreCase(String.valueOf(env.get("CSE_SKIP_BUILD")).trim());
        return c;
    }

    private static boolean present(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }

    private static int intValue(Map<String, String> env, String name, int fallback) throws StackException {
        if (!present(env, name)) {
            return fallback;
        }
        try {
            return Integer.parseInt(env.get(name).trim());
        } catch (NumberFormatException e) {
            throw new StackException(name + " must be a number, but is \"" + env.get(name) + "\".");
        }
    }

    // ---- derived locations -------------------------------------------------------------------------------------

    public Path repositoryRoot() { return repositoryRoot; }
    public static final String KEYS_DATABASE = "cse_keys";

    public Path stateDirectory() { return stateDirectory; }
    public Path postgresDataDirectory() { return stateDirectory.resolve("postgres"); }
    public Path kafkaDataDirectory() { return stateDirectory.resolve("kafka"); }
    public Path logDirectory() { return stateDirectory.resolve("logs"); }
    public Path envDirectory() { return stateDirectory.resolve("env"); }
    public Path runDirectory() { return stateDirectory.resolve("run"); }
    public Path logFile(String part) { return logDirectory().resolve(part + ".log"); }
    public Path envFile(String service) { return envDirectory().resolve(service + ".env"); }
    public Path pidFile(String part) { return runDirectory().resolve(part + ".pid"); }

    /** A path as the user should read it: relative to the repository when inside it. */
    public String show(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(repositoryRoot) ? repositoryRoot.relativize(abs).toString() : abs.toString();
    }

    // ---- accessors and test overrides ---------------------------------------------------------------------------

    public String dbHost() { return dbHost; }
    public int dbPort() { return dbPort; }
    public String dbUser() { return dbUser; }
    public String dbPassword() { return dbPassword; }
    public String localProbeHost() { return localProbeHost; }
    public int localProbePort() { return localProbePort; }
    public int embeddedDbPort() { return embeddedDbPort; }
    public String kafkaBootstrap() { return kafkaBootstrap; }
    public int kafkaPort() { return kafkaPort; }
    public int kafkaControllerPort() { return kafkaControllerPort; }
    public int topicPartitions() { return topicPartitions; }
    public List<ServiceSpec> services() { return services; }
    public int port(ServiceSpec s) { return servicePorts.getOrDefault(s.name(), s.port()); }
    /** The service's database (null if it keeps none): {@code CSE_<SERVICE>_DB} or the spec's default. */
    public String database(ServiceSpec s) { return s.database() == null ? null : serviceDatabases.getOrDefault(s.name(), s.database()); }
    /** The services' databases, and the per-case key store's own (docs/adr/050-crypto-shredding.md). */
    public List<String> databases() {
        var names = new java.util.ArrayList<>(services.stream().map(this::database).filter(java.util.Objects::nonNull).toList());
        names.add(KEYS_DATABASE);
        return List.copyOf(names);
    }
    /** The key-encryption key that wraps every case's data key: made by the launcher, never stored in a database. */
    public Path keyEncryptionKeyFile() { return stateDirectory.resolve("keys").resolve("kek.key"); }
    public List<String> serviceJavaOptions() { return serviceJavaOptions; }
    public Duration startupTimeout() { return startupTimeout; }
    public boolean build() { return build; }
    public Optional<Path> jar(ServiceSpec s) { return jarLocator.apply(s); }

    public StackConfig stateDirectory(Path dir) { this.stateDirectory = dir.toAbsolutePath().normalize(); return this; }
    public StackConfig givenDatabase(String host, int port) { this.dbHost = host; this.dbPort = port; return this; }
    public StackConfig dbUser(String user, String password) { this.dbUser = user; this.dbPassword = password; return this; }
    public StackConfig localProbe(String host, int port) { this.localProbeHost = host; this.localProbePort = port; return this; }
    public StackConfig embeddedDbPort(int port) { this.embeddedDbPort = port; return this; }
    public StackConfig kafkaBootstrap(String bootstrap) { this.kafkaBootstrap = bootstrap; return this; }
    public StackConfig kafkaPorts(int port, int controllerPort) { this.kafkaPort = port; this.kafkaControllerPort = controllerPort; return this; }
    public StackConfig topicPartitions(int n) { this.topicPartitions = n; return this; }
    public StackConfig services(List<ServiceSpec> list) { this.services = new ArrayList<>(list); return this; }
    public StackConfig servicePort(String name, int port) { this.servicePorts.put(name, port); return this; }
    public StackConfig startupTimeout(Duration d) { this.startupTimeout = d; return this; }
    public StackConfig build(boolean b) { this.build = b; return this; }
    /** Extra JVM options for every service (as {@code CSE_SERVICE_JAVA_OPTS}), e.g. a test stack's own settings. */
    public StackConfig serviceJavaOptions(List<String> options) { this.serviceJavaOptions = List.copyOf(options); return this; }
    public StackConfig jarLocator(Function<ServiceSpec, Optional<Path>> locator) { this.jarLocator = locator; return this; }
}
