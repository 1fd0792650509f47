package org.cseriskrecord.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.support.security.DemoUsers;
import org.cseriskrecord.events.Role;
import org.cseriskrecord.localstack.services.Services;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose's sign-in cannot be run here (no Docker engine), so docker-compose.yml and the Keycloak realm it
 * imports are read and checked against each other and against the OIDC contract: the services trust the realm's
 * issuer, the realm has the clients, the roles the services know, an {@code agency} attribute in both tokens and the
 * demo users as trial users; every secret comes from the environment with no default.
 */
class KeycloakRealmTest {

    /** The variables compose refuses to start without. */
    static final List<String> REQUIRED_SECRETS = List.of("CSE_DB_PASSWORD", "KEYCLOAK_ADMIN_USER",
            "KEYCLOAK_ADMIN_PASSWORD", "CSE_WEB_UI_CLIENT_SECRET", "CSE_TRIAL_USER_PASSWORD");
    private static final Path ROOT = TestSupport.repositoryRoot();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) throws IOException {
        return (Map<String, Object>) service(service).get("environment");
    }

    private static String realmText() throws IOException {
        return Files.readString(ROOT.resolve("local-stack/docker/keycloak/cse-realm.json"), StandardCharsets.UTF_8);
    }

    private static JsonNode realm() throws IOException {
        return new ObjectMapper().readTree(realmText());
    }

    private static JsonNode client(String clientId) throws IOException {
        return StreamSupport.stream(realm().path("clients").spliterator(), false)
                .filter(c -> clientId.equals(c.path("clientId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    @Test
    void keycloak_is_the_official_image_importing_the_realm_and_the_services_trust_its_issuer() throws IOException {
        Map<String, Object> keycloak = service("keycloak");
        assertThat((String) keycloak.get("image")).startsWith("quay.io/keycloak/keycloak:");
        assertThat(String.valueOf(keycloak.get("command"))).contains("--import-realm");
        assertThat(String.valueOf(keycloak.get("volumes")))
                .contains("./local-stack/docker/keycloak:/opt/keycloak/data/import");

        String issuer = environment("keycloak").get("KC_HOSTNAME") + "/realms/" + realm().path("realm").asText();
        assertThat(issuer).isEqualTo("http://keycloak:8080/realms/cse"); // the contract's compose issuer
        for (var s : Services.containerised()) {
            Map<String, Object> env = environment(s.name());
            assertThat(env.get("CSE_OIDC_ISSUER")).as(s.name()).isEqualTo(issuer);
            assertThat(String.valueOf(env.get("SPRING_PROFILES_ACTIVE"))).as(s.name() + " never local by default")
                    .doesNotContain(":-local");
            assertThat(String.valueOf(service(s.name()).get("depends_on"))).contains("keycloak");
        }
    }

    @Test
    void the_realm_has_the_roles_the_services_know_and_the_demo_users_as_trial_users_with_their_agency() throws IOException {
        List<String> roles = new ArrayList<>();
        realm().path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).containsExactlyInAnyOrder(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));

        JsonNode users = realm().path("users");
        assertThat(users.size()).isEqualTo(DemoUsers.ALL.size());
        for (var demo : DemoUsers.ALL) {
            JsonNode user = StreamSupport.stream(users.spliterator(), false)
                    .filter(u -> demo.userId().equals(u.path("username").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no trial user " + demo.userId()));
            assertThat(user.path("realmRoles").toString()).isEqualTo("[\"" + demo.role().name() + "\"]");
            assertThat(user.path("attributes").path("agency").path(0).asText(null)).as(demo.userId())
                    .isEqualTo(demo.agency());
            user.path("credentials").forEach(c -> assertThat(c.path("value").asText())
                    .as("a trial password comes from the environment").isEqualTo("${CSE_TRIAL_USER_PASSWORD}"));
        }
        assertThat(realmText()).contains("\\\"name\\\": \\\"agency\\\""); // declared in the user profile
    }

    @Test
    void the_clients_are_the_contracts_with_roles_and_agency_in_access_and_id_tokens() throws IOException {
        JsonNode webUi = client("web-ui");
        assertThat(webUi.path("publicClient").asBoolean()).isFalse();
        assertThat(webUi.path("secret").asText()).isEqualTo("${CSE_WEB_UI_CLIENT_SECRET}");
        assertThat(webUi.path("redirectUris").toString()).contains("/login/oauth2/code/cse");
        assertThat(webUi.path("attributes").path("post.logout.redirect.uris").asText()).endsWith(":8080}/");
        JsonNode cli = client("cse-cli");
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("redirectUris").toString()).contains("http://127.0.0.1/cse-cli/signed-in");

        for (JsonNode client : List.of(webUi, cli)) {
            String id = client.path("clientId").asText();
            assertThat(client.path("attributes").path("pkce.code.challenge.method").asText()).as(id).isEqualTo("S256");
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(id + ": no password grant").isFalse();
            JsonNode roles = mapper(client, "roles");
            assertThat(roles.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(roles.path("config").path("multivalued").asText()).isEqualTo("true");
            JsonNode agency = mapper(client, "agency");
            assertThat(agency.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(agency.path("config").path("user.attribute").asText()).isEqualTo("agency");
            for (JsonNode m : List.of(roles, agency)) {
                assertThat(m.path("config").path("access.token.claim").asText()).isEqualTo("true");
                assertThat(m.path("config").path("id.token.claim").asText()).isEqualTo("true");
            }
        }
        assertThat(realm().path("bruteForceProtected").asBoolean()).as("sign-in attempts are throttled").isTrue();
        assertThat(realm().path("failureFactor").asInt()).isEqualTo(5);
    }

    @Test
    void every_placeholder_in_the_realm_is_given_to_keycloak_and_every_secret_has_no_default() throws IOException {
        Map<String, Object> keycloakEnv = environment("keycloak");
        Matcher m = PLACEHOLDER.matcher(realmText());
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(keycloakEnv).as("Keycloak gets " + m.group(1)).containsKey(m.group(1));
        }
        assertThat(found).isGreaterThanOrEqualTo(2);

        String compose = Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
        for (String secret : REQUIRED_SECRETS) {
            assertThat(compose).contains("${" + secret + ":?");
            assertThat(compose).doesNotContain("${" + secret + ":-").doesNotContain("${" + secret + "}");
        }
        Matcher anySecret = Pattern.compile("\\$\\{([A-Z_]*(PASSWORD|SECRET)[A-Z_]*)(:?[?-]?)").matcher(compose);
        while (anySecret.find()) {
            assertThat(anySecret.group(3)).as(anySecret.group(1) + " is required, with no default").isEqualTo(":?");
        }
    }

    private static JsonNode mapper(JsonNode client, String name) {
        return StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                .filter(m -> name.equals(m.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(client.path("clientId").asText() + " has no mapper " + name));
    }
}
