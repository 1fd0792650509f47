package org.cseriskrecord.localstack.postgres;

import org.cseriskrecord.localstack.StackConfig;
import org.cseriskrecord.localstack.StackException;
import org.cseriskrecord.localstack.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which PostgreSQL the launcher chooses: the one the environment names, else localhost:5432 if it answers, else the
 * embedded one (started for real here when this machine allows it). And database creation is idempotent.
 */
class PostgresLocatorTest {

    private static final Path ROOT = TestSupport.repositoryRoot();

    @Test
    void server_named_by_the_environment_is_chosen() throws Exception {
        assumeTrue(TestSupport.localPostgresAnswers(), "needs the PostgreSQL on 127.0.0.1:5432 of this machine kind");
        StackConfig config = StackConfig.fromEnvironment(ROOT, Map.of(
                "CSE_DB_HOST", "127.0.0.1", "CSE_DB_PORT", "5432", "CSE_DB_USER", "postgres"));

        PostgresServer server = PostgresLocator.choose(config);

        assertThat(server.kind()).isEqualTo(PostgresServer.Kind.GIVEN);
        assertThat(server.reason()).contains("CSE_DB_HOST");
        assertThat(server.jdbcUrl("cse_query")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/cse_query");
        assertThat(server.embedded()).isNull();
    }

    @Test
    void server_named_by_the_environment_that_does_not_answer_is_an_error_not_a_fallback() throws Exception {
        int closed = TestSupport.freePort();
        StackConfig config = StackConfig.fromEnvironment(ROOT, Map.of(
                "CSE_DB_HOST", "127.0.0.1", "CSE_DB_PORT", String.valueOf(closed)));

        assertThatThrownBy(() -> PostgresLocator.choose(config))
                .isInstanceOf(StackException.class)
                .hasMessageStartingWith("The PostgreSQL given by CSE_DB_HOST/CSE_DB_PORT (127.0.0.1:" + closed)
                .hasMessageContaining("unset CSE_DB_HOST");
    }

    @Test
    void live_localhost_5432_is_chosen_when_nothing_is_configured() throws Exception {
        assumeTrue(TestSupport.localPostgresAnswers(), "needs the PostgreSQL on 127.0.0.1:5432 of this machine kind");
        StackConfig config = StackConfig.fromEnvironment(ROOT, Map.of());

        PostgresServer server = PostgresLocator.choose(config);

        assertThat(server.kind()).isEqualTo(PostgresServer.Kind.LOCAL);
        assertThat(server.port()).isEqualTo(5432);
        assertThat(server.reason()).contains("answers on localhost:5432");
    }

    @Test
    void closed_port_falls_to_the_embedded_postgres_whose_data_survives_a_restart(@TempDir Path state) throws Exception {
        StackConfig config = new StackConfig(ROOT)
                .stateDirectory(state)
                .localProbe("127.0.0.1", TestSupport.freePort())
                .embeddedDbPort(TestSupport.freePort());

        PostgresServer first;
        try {
            first = PostgresLocator.choose(config);
        } catch (StackException e) {
            // Where the embedded server cannot run (e.g. root without user namespaces), the launcher must say so in
            // one clear sentence.
            assertThat(e.getMessage()).startsWith("No PostgreSQL can run:").contains("nothing answers on localhost:");
            assertThat(e.getMessage().lines().count()).isEqualTo(1);
            assumeTrue(false, "embedded PostgreSQL cannot start here: " + e.getMessage());
            return;
        }
        try (AutoCloseable closeFirst = first.embedded()) {
            assertThat(first.kind()).isEqualTo(PostgresServer.Kind.EMBEDDED);
            assertThat(first.reason()).contains("nothing answers on localhost:").contains("initialised");
            assertThat(Files.exists(state.resolve("postgres/postgresql.conf"))).isTrue();
            assertThat(Databases.ensure(first, List.of("cse_command", "cse_query"))).containsExactly("cse_command", "cse_query");
            try (Connection c = first.connect("cse_command"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('survives a restart')");
            }
        }

        PostgresServer second = PostgresLocator.choose(config);
        try (AutoCloseable closeSecond = second.embedded()) {
            assertThat(second.reason()).contains("reusing");
            assertThat(Databases.ensure(second, List.of("cse_command", "cse_query"))).isEmpty();
            try (Connection c = second.connect("cse_command"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("survives a restart");
            }
        }
    }

    @Test
    void creating_the_databases_is_idempotent() throws Exception {
        assumeTrue(TestSupport.localPostgresAnswers(), "needs the PostgreSQL on 127.0.0.1:5432 of this machine kind");
        PostgresServer server = PostgresLocator.choose(new StackConfig(ROOT));
        String a = "cse_ls_test_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        String b = a + "_b";
        try {
            assertThat(Databases.ensure(server, List.of(a, b))).containsExactly(a, b);
            assertThat(Databases.ensure(server, List.of(a, b))).isEmpty();
            try (Connection c = server.connect("postgres")) {
                assertThat(Databases.exists(c, a)).isTrue();
                assertThat(Databases.exists(c, b)).isTrue();
            }
        } finally {
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + a);
                s.execute("DROP DATABASE IF EXISTS " + b);
            }
        }
    }

    @Test
    void a_database_name_that_is_not_a_plain_identifier_is_refused() throws Exception {
        assumeTrue(TestSupport.localPostgresAnswers(), "needs the PostgreSQL on 127.0.0.1:5432 of this machine kind");
        PostgresServer server = PostgresLocator.choose(new StackConfig(ROOT));
        assertThatThrownBy(() -> Databases.ensure(server, List.of("x; DROP DATABASE postgres")))
                .isInstanceOf(StackException.class).hasMessageContaining("not a plain lower-case identifier");
    }

    @Test
    void malformed_numbers_in_the_environment_are_reported_by_name() {
        assertThatThrownBy(() -> StackConfig.fromEnvironment(ROOT, Map.of("CSE_KAFKA_PORT", "ninety")))
                .isInstanceOf(StackException.class).hasMessage("CSE_KAFKA_PORT must be a number, but is \"ninety\".");
    }

    @Test
    void service_ports_and_databases_come_from_their_variables() throws Exception {
        StackConfig config = StackConfig.fromEnvironment(ROOT, Map.of("CSE_QUERY_SERVICE_PORT", "18082",
                "CSE_COMMAND_SERVICE_DB", "cse_command_trial"));
        var query = config.services().stream().filter(s -> s.name().equals("query-service")).findFirst().orElseThrow();
        var command = config.services().stream().filter(s -> s.name().equals("command-service")).findFirst().orElseThrow();
        assertThat(config.port(query)).isEqualTo(18082);
        assertThat(config.port(command)).isEqualTo(8081);
        assertThat(config.databases()).containsExactly("cse_command_trial", "cse_query", "cse_keys");
        assertThat(StackConfig.VARIABLES).containsKeys("CSE_DB_HOST", "CSE_KAFKA_BOOTSTRAP", "CSE_QUERY_SERVICE_DB");
    }
}
