package org.cseriskrecord.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.openapi4j.core.validation.ValidationException;
import org.openapi4j.parser.OpenApi3Parser;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a service's OpenAPI description (docs/adr/106-openapi-committed.md): the document it serves is the one
 * committed under {@code docs/api/}, an independent validator (openapi4j) accepts it, it describes exactly the
 * service's request mappings under {@code /api}, and every operation says which problems it may answer.
 */
public final class ApiDescriptionCheck {

    /** Set (-Dcse.openapi.write=true) to write the served documents over the committed ones. */
    public static final String WRITE = "cse.openapi.write";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private ApiDescriptionCheck() {
    }

    /** {@code ../docs/api/<service>.openapi.<extension>}, from the module's directory (where tests run). */
    public static Path committed(String service, String extension) {
        return Path.of("..", "docs", "api", service + ".openapi." + extension);
    }

    public static void servedIsCommitted(String service, String servedJson, String servedYaml) throws IOException {
        var json = committed(service, "json");
        var yaml = committed(service, "yaml");
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(json.getParent());
            Files.writeString(json, servedJson.strip() + "\n", StandardCharsets.UTF_8);
            Files.writeString(yaml, servedYaml.strip() + "\n", StandardCharsets.UTF_8);
        }
        var regenerate = "docs/api/" + service + ".openapi.* differ from what the service serves; if the change is "
                + "meant, regenerate them with: ./mvnw -pl " + service + " -am test -Dtest=ApiDescriptionTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true";
        assertThat(Files.exists(json) && Files.exists(yaml)).as(regenerate).isTrue();
        assertThat(JSON.readTree(servedJson)).as(regenerate).isEqualTo(JSON.readTree(Files.readString(json)));
        assertThat(YAML.readTree(servedYaml)).as(regenerate).isEqualTo(YAML.readTree(Files.readString(yaml)));
    }

    /** The document is valid OpenAPI 3 as a library other than the one that wrote it reads it. */
    public static void valid(String json) throws Exception {
        var file = Files.createTempFile("openapi", ".json");
        try {
            Files.writeString(file, json);
            try {
                var api = new OpenApi3Parser().parse(file.toUri().toURL(), true);
                assertThat(api.getPaths()).isNotEmpty();
            } catch (ValidationException e) {
                throw new AssertionError("The OpenAPI document is not valid: " + e.results(), e);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Every request mapping under /api is described, and nothing else. */
    public static void describesExactlyTheMappings(String json, RequestMappingHandlerMapping mapping)
            throws IOException {
        assertThat(operations(JSON.readTree(json)))
                .as("operations in the OpenAPI document against the service's request mappings under /api")
                .isEqualTo(AccessMatrixCheck.apiMappings(mapping));
    }

    /** Every operation is signed in with a bearer token and says which problems it may answer. */
    public static void describesSignInAndProblems(String json) throws IOException {
        var document = JSON.readTree(json);
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearer")).isTrue();
        var missing = new TreeSet<String>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            var expected = new TreeSet<>(Set.of("400", "401", "403"));
            if (path.getKey().contains("{")) {
                expected.add("404");
            }
            if (op.getKey().equals("post") || op.getKey().equals("put")) {
                expected.add("409");
            }
            for (var status : expected) {
                JsonNode problem = op.getValue().path("responses").path(status).path("content")
                        .path("application/problem+json");
                if (problem.isMissingNode()) {
                    missing.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + status);
                }
            }
        }));
        assertThat(missing).as("problem responses not described").isEmpty();
    }

    private static Set<String> operations(JsonNode document) {
        var found = new TreeSet<String>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                found.add(m.toUpperCase() + " " + path.getKey());
            }
        }));
        return found;
    }
}
