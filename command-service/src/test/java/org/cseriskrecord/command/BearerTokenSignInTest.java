package org.cseriskrecord.command;

import org.cseriskrecord.testsupport.IdentityProviderProcess;
import org.cseriskrecord.testsupport.OidcSignIn;
import org.cseriskrecord.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command service as a resource server of the real local identity provider (its own process): a practitioner
 * signed in through OpenID Connect opens a case with their token; a board member's token is refused by role; a token
 * that is not a token is 401. Skipped, saying so, when the identity-provider module is not packaged.
 */
class BearerTokenSignInTest extends CommandServiceIntegrationTest {

    @BeforeAll
    static void needsTheProvider() {
        assumeTrue(IdentityProviderProcess.isBuilt(), "skipped: identity-provider is not packaged"
                + " (./mvnw -q -DskipTests -pl identity-provider -am install)");
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "cse_command_oidc_test");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> provider().issuer());
    }

    private static IdentityProviderProcess provider() {
        return IdentityProviderProcess.shared("http://localhost:8080", "command-service-test-secret");
    }

    private org.springframework.http.ResponseEntity<String> openCaseWith(String authorization) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Authorization", authorization);
        var body = Map.of("area", "COUNTY", "child", child("2011-04-02", false),
                "professionals", List.of(Map.of("name", "Officer Example", "jobTitle", "PC")));
        return http.exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void a_practitioner_signed_in_through_the_identity_provider_opens_a_case_with_their_token() {
        String token = OidcSignIn.cli(provider().issuer()).accessToken("practitioner");

        var response = openCaseWith("Bearer " + token);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        assertThat(response.getBody()).contains("caseId");
    }

    @Test
    void a_board_members_token_is_refused_by_role() {
        String token = OidcSignIn.cli(provider().issuer()).accessToken("board");

        assertThat(openCaseWith("Bearer " + token).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void something_that_is_not_a_token_is_not_signed_in() {
        var response = openCaseWith("Bearer not-a-token");

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody()).contains("Your sign-in token was not accepted");
    }
}
