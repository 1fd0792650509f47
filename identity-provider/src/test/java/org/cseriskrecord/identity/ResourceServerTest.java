package org.cseriskrecord.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.cseriskrecord.apitest.ApiUnderTest;
import org.cseriskrecord.testsupport.OidcSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service as a resource server of the real identity provider: the provider's tokens are accepted with the user's
 * role and agency; tokens that are expired, signed with another key, or from another issuer are refused with 401;
 * outside the local profile no password is accepted.
 */
class ResourceServerTest extends IdentityProviderTest {

    /** One API per profile for the class: starting one costs seconds on a 2-core machine. */
    private static final Map<String, ConfigurableApplicationContext> APIS = new HashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();

    private String startApi(String... profiles) {
        var api = APIS.computeIfAbsent(String.join(",", profiles), key -> new SpringApplicationBuilder(ApiUnderTest.class)
                .profiles(profiles)
                .properties("spring.config.name=api-under-test", "server.port=0",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer(),
                        // the provider's classes are on this test's classpath; the API is not an authorization server
                        "spring.autoconfigure.exclude="
                                + "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration,"
                                + "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration")
                .run());
        return "http://localhost:" + ((WebServerApplicationContext) api).getWebServer().getPort();
    }

    @AfterAll
    static void stopApis() {
        APIS.values().forEach(ConfigurableApplicationContext::close);
        APIS.clear();
    }

    @Test
    void a_token_from_the_provider_signs_the_user_in_with_their_role_and_agency() throws Exception {
        String base = startApi();
        String token = OidcSignIn.cli(issuer()).accessToken("manager2");

        var me = call(base + "/api/me", "Bearer " + token);

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(me.body());
        assertThat(body.path("userId").asText()).isEqualTo("manager2");
        assertThat(body.path("role").asText()).isEqualTo("MANAGER");
        assertThat(body.path("agency").asText()).isEqualTo("Health");
        assertThat(call(base + "/api/authorisations", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(call(base + "/api/authorisations", "Bearer " + OidcSignIn.cli(issuer()).accessToken("practitioner"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void a_token_made_with_the_providers_key_and_the_contracts_claims_is_accepted() throws Exception {
        // The control for the refusals below: each of them differs from this one in exactly one respect.
        String base = startApi();

        assertThat(call(base + "/api/me", "Bearer " + mint(providerKey(), c -> { })).statusCode()).isEqualTo(200);
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        String base = startApi();
        String expired = mint(providerKey(), c -> c.issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))));

        var response = call(base + "/api/me", "Bearer " + expired);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("not-signed-in").contains("Your sign-in token was not accepted");
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        String base = startApi();
        RSAKey forger = new RSAKeyGenerator(2048).keyID(providerKey().getKeyID()).generate(); // even with the same kid

        assertThat(call(base + "/api/me", "Bearer " + mint(forger, c -> { })).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_from_another_issuer_is_refused_even_when_signed_with_the_right_key() throws Exception {
        String base = startApi();

        var response = call(base + "/api/me", "Bearer " + mint(providerKey(), c -> c.issuer("http://other-idp.example")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_that_gives_no_role_of_this_service_is_refused_with_a_sentence_saying_so() throws Exception {
        String base = startApi();

        var response = call(base + "/api/me", "Bearer " + mint(providerKey(), c -> c.claim("roles", List.of("offline_access"))));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Your account has no role in the CSE Risk Record");
    }

    @Test
    void a_practitioner_token_without_an_agency_is_refused() throws Exception {
        String base = startApi();

        var response = call(base + "/api/me", "Bearer " + mint(providerKey(), c -> c.claims(m -> m.remove("agency"))));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Your account has no agency");
    }

    @Test
    void outside_the_local_profile_no_password_is_accepted_not_even_a_demo_users() throws Exception {
        String base = startApi("production-like");

        var response = call(base + "/api/me", basic("practitioner"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).noneMatch(h -> h.startsWith("Basic"));
        assertThat(call(base + "/api/me", "Bearer " + OidcSignIn.cli(issuer()).accessToken("practitioner"))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void in_the_local_profile_the_demo_users_also_sign_in_with_http_basic() throws Exception {
        String base = startApi("local");

        assertThat(call(base + "/api/me", basic("auditor")).statusCode()).isEqualTo(200);
        assertThat(call(base + "/api/me", "Basic " + Base64.getEncoder().encodeToString("auditor:wrong".getBytes()))
                .statusCode()).isEqualTo(401);
    }

    private RSAKey providerKey() throws Exception {
        return RSAKey.parse(Files.readString(keyFile()));
    }

    /** A token with the contract's claims for practitioner (Police), changed by {@code change}, signed with {@code key}. */
    private String mint(RSAKey key, Consumer<JwtClaimsSet.Builder> change) {
        Instant now = Instant.now();
        var claims = JwtClaimsSet.builder().issuer(issuer()).subject("practitioner")
                .claim("preferred_username", "practitioner").claim("name", "Police practitioner")
                .claim("roles", List.of("PRACTITIONER")).claim("agency", "Police")
                .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5)));
        change.accept(claims);
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        var header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    private static String basic(String demoUser) {
        return "Basic " + Base64.getEncoder().encodeToString((demoUser + ":" + demoUser).getBytes());
    }

    private HttpResponse<String> call(String url, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
