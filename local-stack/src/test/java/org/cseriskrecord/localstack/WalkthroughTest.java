package org.cseriskrecord.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.localstack.demo.ApiClient;
import org.cseriskrecord.localstack.demo.DemoDataCommand;
import org.cseriskrecord.localstack.demo.DemoLoader;
import org.cseriskrecord.localstack.postgres.PostgresServer;
import org.cseriskrecord.localstack.services.ServiceSpec;
import org.cseriskrecord.localstack.services.Services;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.testsupport.OidcSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README walkthrough against the stack started the way ./run starts it (the launcher's own code: PostgreSQL
 * choice, database creation, the Kafka broker process, each service as its own {@code java -jar} process configured
 * by environment, health waiting, ordered stop), with temporary data directories, free ports and databases of its
 * own. Then a small demo-data load through the same API; a Kafka outage (the broker process stopped, a case written
 * meanwhile, the broker started again: the read side catches up); and a restart of the whole stack on the same data
 * to show the record is kept.
 * <p>
 * Needs the services' exec jars ({@code ./mvnw -q -DskipTests -pl command-service,query-service -am install});
 * without them it is skipped, saying so.
 */
class WalkthroughTest {

    @TempDir
    Path state;

    @Test
    void the_readme_walkthrough_works_against_the_local_stack_which_survives_a_kafka_outage_and_a_restart() throws Exception {
        StackConfig probe = new StackConfig(TestSupport.repositoryRoot());
        for (ServiceSpec s : Services.ALL) {
            assumeTrue(probe.jar(s).isPresent(), "skipped: no " + s.name() + "/target/" + s.name()
                    + "-*-exec.jar — build the services first (./mvnw -q -DskipTests -pl command-service,query-service -am install)");
        }

        String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        List<ServiceSpec> services = new ArrayList<>();
        for (ServiceSpec s : Services.ALL) {
            services.add(new ServiceSpec(s.name(), TestSupport.freePort(),
                    s.database() == null ? null : s.database() + "_walk_" + suffix));
        }
        StackConfig config = new StackConfig(TestSupport.repositoryRoot())
                .stateDirectory(state)
                .embeddedDbPort(TestSupport.freePort())
                .kafkaPorts(TestSupport.freePort(), TestSupport.freePort())
                .services(services)
                .startupTimeout(Duration.ofSeconds(240))
                .build(false);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        String commandUrl = "http://localhost:" + port(services, "command-service");
        String queryUrl = "http://localhost:" + port(services, "query-service");
        String issuer = "http://localhost:" + port(services, "identity-provider");

        PostgresServer postgres = null;
        String caseId;
        List<Long> pids = new ArrayList<>();
        Stack stack = new Stack(config, out);
        // the services run in their own sessions: if this JVM is killed, do not leave them behind
        Thread safety = new Thread(stack::close);
        Runtime.getRuntime().addShutdownHook(safety);
        Instant t0 = Instant.now();
        try {
            stack.start();
            out.println("[walkthrough] stack up after " + Duration.between(t0, Instant.now()).toSeconds() + " s");
            postgres = stack.postgres();
            assertThat(stack.summary()).contains(commandUrl).contains(queryUrl).contains("practitioner2, manager2");
            for (ServiceSpec s : services) {
                pids.add(Processes.readPid(config.pidFile(s.name())).orElseThrow());
            }
            pids.add(stack.broker().pid());

            caseId = walkthrough(new ApiClient(commandUrl), new ApiClient(queryUrl));
            readmeScript(commandUrl, queryUrl, out);
            // The same record through the local identity provider: a token from a real sign-in, as the web UI gets one.
            String token = OidcSignIn.cli(issuer).accessToken("practitioner");
            HttpResponse<String> withToken = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(queryUrl + "/api/cases/" + caseId)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
            assertThat(withToken.body()).contains(caseId);
            out.println("[walkthrough] walkthrough done after " + Duration.between(t0, Instant.now()).toSeconds() + " s");

            DemoDataCommand demo = DemoDataCommand.parse(new ArrayList<>(List.of("--demo-data", "--seed", "5",
                    "--children", "6"))).orElseThrow();
            DemoLoader.Result loaded = demo.load(commandUrl, queryUrl, out);
            assertThat(loaded.failures()).isEmpty();
            assertThat(loaded.completed()).isEqualTo(6);
            out.println("[walkthrough] demo data done after " + Duration.between(t0, Instant.now()).toSeconds() + " s");

            // Kafka goes away: commands still succeed (the event store is the outbox); when it comes back the
            // publisher resumes where it stopped and the read side catches up, with nothing lost.
            stack.broker().close();
            ApiClient commands = new ApiClient(commandUrl);
            ApiClient.Response whileDown = commands.send("practitioner", "POST", "/api/cases", Map.of("area", "CITY",
                    "child", Map.of("name", "Robin Example", "dateOfBirth", "2012-07-01", "learningDifficulty", true)));
            assertThat(whileDown.status()).as(whileDown.problem()).isEqualTo(201);
            String outageCase = whileDown.body().get("caseId").asText();
            ApiClient.Response startedWhileDown = commands.send("practitioner", "POST",
                    "/api/cases/" + outageCase + "/assessments", Map.of("assessmentDate", LocalDate.now().toString()));
            assertThat(startedWhileDown.status()).as(startedWhileDown.problem()).isEqualTo(201);
            stack.broker().start(Duration.ofSeconds(90));
            pids.add(stack.broker().pid());
            ApiClient query = new ApiClient(queryUrl);
            JsonNode caughtUp = await("the case written while Kafka was down",
                    () -> query.get("practitioner", "/api/cases/" + outageCase),
                    r -> r.ok() && "DRAFT".equals(r.body().path("currentAssessment").path("status").asText()),
                    Duration.ofSeconds(180));
            assertThat(caughtUp.path("child").path("learningDifficulty").asText())
                    .as("JSON true is read as YES").isEqualTo("YES");
            out.println("[walkthrough] Kafka outage survived after " + Duration.between(t0, Instant.now()).toSeconds() + " s");
        } catch (Throwable t) {
            System.out.println(console.toString(StandardCharsets.UTF_8));
            throw t;
        } finally {
            stack.close();
            out.println("[walkthrough] stopped after " + Duration.between(t0, Instant.now()).toSeconds() + " s");
        }
        for (long pid : pids) { // Ctrl-C: every process is gone
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("PID " + pid).isFalse();
        }

        // ./run again on the same data: the record is still there
        Runtime.getRuntime().removeShutdownHook(safety);
        Stack again = new Stack(config, out);
        Thread safetyAgain = new Thread(again::close);
        Runtime.getRuntime().addShutdownHook(safetyAgain);
        try {
            again.start();
            ApiClient query = new ApiClient(queryUrl);
            JsonNode view = await("the case after a restart", () -> query.get("practitioner", "/api/cases/" + caseId),
                    r -> r.ok() && "HIGH".equals(r.body().path("riskLevel").asText()));
            assertThat(view.path("caseId").asText()).isEqualTo(caseId);
            out.println("[walkthrough] restarted and found the case after " + Duration.between(t0, Instant.now()).toSeconds() + " s");
        } finally {
            again.close();
            Runtime.getRuntime().removeShutdownHook(safetyAgain);
            System.out.println(console.toString(StandardCharsets.UTF_8)); // kept in target/surefire-reports/*-output.txt
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

    /** The README's curl walkthrough, call for call (same bodies, same users). Returns the case id. */
    private static String walkthrough(ApiClient commands, ApiClient query) throws Exception {
        String high = "HIGH_MEETING_UNKNOWN_ADULTS";
        String medium = "MEDIUM_MISSING_FROM_HOME_OR_CARE";
        assertThat(Catalogues.current().items().stream().map(CatalogueItem::code)).contains(high, medium);
        String today = LocalDate.now().toString();

        // 1. A practitioner opens a case for a (synthetic) child in the County area
        Map<String, Object> child = new java.util.LinkedHashMap<>();
        child.put("name", "Jamie Example");
        child.put("dateOfBirth", "2011-03-14");
        child.put("learningDifficulty", false);
        child.put("gender", "Female");
        child.put("postcode", "ZZ1 1ZZ");
        child.put("missing", "REGULARLY_GOES_MISSING");
        child.put("participation", List.of("CHILD"));
        ApiClient.Response opened = commands.send("practitioner", "POST", "/api/cases", Map.of(
                "area", "COUNTY",
                "child", child,
                "professionals", List.of(Map.of("name", "PC Example", "jobTitle", "Police Constable",
                        "email", "pc@example.org"))));
        assertThat(opened.status()).as(opened.problem()).isEqualTo(201);
        String caseId = opened.body().get("caseId").asText();

        // 2. starts an assessment (dated today)
        ApiClient.Response started = commands.send("practitioner", "POST", "/api/cases/" + caseId + "/assessments",
                Map.of("assessmentDate", today));
        assertThat(started.status()).as(started.problem()).isEqualTo(201);
        String assessmentId = started.body().get("assessmentId").asText();
        String a = "/api/assessments/" + assessmentId;

        // 3. marks indicators, each with evidence
        expect204(commands.send("practitioner", "POST", a + "/indicators",
                Map.of("code", high, "evidence", "Seen getting into a car with an unknown adult")));
        expect204(commands.send("practitioner", "POST", a + "/indicators",
                Map.of("code", medium, "evidence", "Missing overnight twice this month")));
        expect204(commands.send("practitioner", "POST", a + "/evidence", Map.of("indicatorCode", high,
                "text", "School saw the same car", "source", "School", "observedOn", today)));

        // 4. records the professional's analysis and judgement
        expect204(commands.send("practitioner", "PUT", a + "/analysis", Map.of(
                "analysis", "Immediate risk of exploitation",
                "locationsOfConcern", List.of("Bus station"),
                "personsOfConcern", List.of("Male known as \"Dee\""),
                "assessedLevel", "HIGH")));

        // 5. submits it
        expect204(commands.send("practitioner", "POST", a + "/submission", null));

        // 6. a manager of another agency, not involved in the case, does not even learn it exists; one of the
        // practitioner's own agency who did not write it (four-eyes) authorises it
        ApiClient.Response otherAgency = commands.send("manager2", "POST", a + "/authorisation",
                Map.of("comments", "Agreed. Strategy meeting arranged."));
        assertThat(otherAgency.status()).as(otherAgency.problem()).isEqualTo(404);
        expect204(commands.send("manager", "POST", a + "/authorisation",
                Map.of("comments", "Agreed. Strategy meeting arranged.")));

        // 7. read the status and the history (eventually consistent)
        JsonNode status = await("case status", () -> query.get("practitioner", "/api/cases/" + caseId),
                r -> r.ok() && "AUTHORISED".equals(r.body().path("currentAssessment").path("status").asText()));
        assertThat(status.path("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(status.path("area").asText()).isEqualTo("COUNTY");
        assertThat(status.path("child").path("name").asText()).isEqualTo("Jamie Example");
        assertThat(status.path("currentAssessment").path("assessedLevel").asText()).isEqualTo("HIGH");
        assertThat(status.path("currentAssessment").path("indicators").toString()).contains(high).contains(medium)
                .contains("School saw the same car");

        JsonNode history = await("case history", () -> query.get("auditor", "/api/cases/" + caseId + "/history"),
                r -> r.ok() && r.body().isArray() && r.body().toString().contains("ManagerAuthorised"));
        List<String> types = new ArrayList<>();
        history.forEach(e -> types.add(e.path("type").asText()));
        assertThat(types.get(0)).isEqualTo("CaseOpened");
        assertThat(types).containsSubsequence("CaseOpened", "AssessmentStarted", "IndicatorMarked", "IndicatorMarked",
                "EvidenceAdded", "AnalysisRecorded", "AssessmentSubmitted", "ManagerAuthorised");
        JsonNode authorised = history.get(types.indexOf("ManagerAuthorised"));
        assertThat(authorised.path("actor").asText()).isEqualTo("manager");
        assertThat(history.get(0).path("actor").asText()).isEqualTo("practitioner");

        // 9. Health does not see the Police case until it is shared with it; then a Health practitioner reads it
        assertThat(query.get("practitioner2", "/api/cases/" + caseId).status()).isEqualTo(404);
        expect204(commands.send("practitioner", "POST", "/api/cases/" + caseId + "/shares",
                Map.of("agency", "Health", "reason", "The school nurse is supporting the child")));
        JsonNode shared = await("the case as Health reads it", () -> query.get("practitioner2", "/api/cases/" + caseId),
                r -> r.ok() && "HIGH".equals(r.body().path("riskLevel").asText()));
        assertThat(shared.path("child").path("name").asText()).isEqualTo("Jamie Example");
        JsonNode accessLog = await("the case's access log", () -> query.get("auditor",
                        "/api/cases/" + caseId + "/access-log"),
                r -> r.ok() && r.body().toString().contains("\"practitioner2\""));
        assertThat(accessLog.toString()).contains("\"DENIED\"").contains("\"ALLOWED\"");
        return caseId;
    }

    /**
     * The README's walkthrough block itself, run with bash and curl as a reader would paste it; only the two base
     * URLs are pointed at this stack's ports. Keeps the README's "works verbatim" true.
     */
    private static void readmeScript(String commandUrl, String queryUrl, PrintStream out) throws Exception {
        String readme = java.nio.file.Files.readString(TestSupport.repositoryRoot().resolve("README.md"));
        int start = readme.indexOf("```bash\n");
        assertThat(start).as("README has a bash walkthrough block").isNotNegative();
        String block = readme.substring(start + "```bash\n".length(), readme.indexOf("```\n", start + 8));
        String urls = "C=http://localhost:8081; Q=http://localhost:8082;";
        assertThat(block).as("the walkthrough names the run command's ports").contains(urls);
        String script = "set -u\n" + block.replace(urls, "C=" + commandUrl + "; Q=" + queryUrl + ";");
        Process bash = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        out.println("[walkthrough] README script output: " + output.length() + " characters");
        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).as("no refusal on the way").doesNotContain("application/problem+json", "\"status\":4",
                "\"status\":5");
        assertThat(output).contains("\"riskLevel\":\"HIGH\"").contains("\"type\":\"ManagerAuthorised\"")
                .contains("\"actor\":\"manager\",\"role\":\"MANAGER\",\"agency\":\"Police\"");
        String month = LocalDate.now().toString().substring(0, 7);
        assertThat(output).as("what changed, as of, the dashboard and the board's trends")
                .contains("\"assessedLevel\":{\"before\":null,\"after\":\"HIGH\"}")
                .contains("\"asOf\":\"" + LocalDate.now() + "\"")
                .contains("\"agency\":\"Police\",\"today\":")
                .contains("\"months\":[{\"month\":\"" + month + "\",\"assessmentsAuthorised\":\"<5\"");
    }

    private static void expect204(ApiClient.Response r) {
        assertThat(r.status()).as(r.problem()).isEqualTo(204);
    }

    interface Call {
        ApiClient.Response call() throws Exception;
    }

    private static JsonNode await(String what, Call call, Predicate<ApiClient.Response> done) throws Exception {
        return await(what, call, done, Duration.ofSeconds(60));
    }

    private static JsonNode await(String what, Call call, Predicate<ApiClient.Response> done, Duration patience)
            throws Exception {
        Instant deadline = Instant.now().plus(patience);
        ApiClient.Response last = null;
        while (Instant.now().isBefore(deadline)) {
            last = call.call();
            if (done.test(last)) {
                return last.body();
            }
            Thread.sleep(300);
        }
        throw new AssertionError(what + " not visible within " + patience.toSeconds() + " s; last answer " + (last == null ? "none"
                : last.status() + " " + last.raw()));
    }

    private static int port(List<ServiceSpec> services, String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().port();
    }
}
