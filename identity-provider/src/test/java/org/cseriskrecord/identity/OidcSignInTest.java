package org.cseriskrecord.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.support.security.DemoUsers;
import org.cseriskrecord.testsupport.OidcSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A full OIDC sign-in (authorization code + PKCE) against the real provider, for every demo user and both clients. */
class OidcSignInTest extends IdentityProviderTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void discovery_names_the_issuer_and_the_endpoints_of_the_contract() throws Exception {
        JsonNode discovery = new ObjectMapper().readTree(get("/.well-known/openid-configuration").body());

        assertThat(discovery.path("issuer").asText()).isEqualTo(issuer());
        assertThat(discovery.path("authorization_endpoint").asText()).isEqualTo(issuer() + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(issuer() + "/oauth2/token");
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(issuer() + "/oauth2/jwks");
        assertThat(discovery.path("end_session_endpoint").asText()).isEqualTo(issuer() + "/connect/logout");
        assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void every_demo_user_gets_tokens_whose_claims_say_who_they_are_their_role_and_their_agency() {
        JwtDecoder verifier = JwtDecoders.fromIssuerLocation(issuer()); // the provider's own keys and issuer
        for (var user : DemoUsers.ALL) {
            var tokens = OidcSignIn.cli(issuer()).signIn(user.userId(), user.userId());

            for (Jwt token : List.of(verifier.decode(tokens.accessToken()), verifier.decode(tokens.idToken()))) {
                assertThat(token.getSubject()).isEqualTo(user.userId());
                assertThat(token.getClaimAsString("preferred_username")).isEqualTo(user.userId());
                assertThat(token.getClaimAsString("name")).isEqualTo(DemoAccounts.displayName(user));
                assertThat(token.getClaimAsStringList("roles")).containsExactly(user.role().name());
                assertThat(token.getClaimAsString("agency")).isEqualTo(user.agency()); // absent for board, auditor, admin
                assertThat(token.getIssuer().toString()).isEqualTo(issuer());
            }
        }
    }

    @Test
    void the_web_ui_client_signs_in_with_its_secret_and_the_contract_redirect() {
        var tokens = OidcSignIn.client(issuer(), "web-ui", WEB_UI_SECRET, "http://localhost:8080/login/oauth2/code/cse")
                .signIn("manager2", "manager2");

        Jwt id = JwtDecoders.fromIssuerLocation(issuer()).decode(tokens.idToken());
        assertThat(id.getAudience()).containsExactly("web-ui");
        assertThat(id.getClaimAsString("agency")).isEqualTo("Health");
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    @Test
    void the_web_ui_client_with_a_wrong_secret_gets_no_tokens() {
        var wrong = OidcSignIn.client(issuer(), "web-ui", "not-the-secret", "http://localhost:8080/login/oauth2/code/cse");

        assertThatThrownBy(() -> wrong.signIn("manager", "manager"))
                .hasMessageContaining("The token endpoint answered 401");
    }

    @Test
    void a_redirect_uri_that_is_not_registered_is_refused() {
        var elsewhere = OidcSignIn.client(issuer(), "cse-cli", null, "http://attacker.example/steal");

        assertThatThrownBy(() -> elsewhere.signIn("manager", "manager")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_sign_in_page_is_govuk_styled_and_runs_no_inline_script() throws Exception {
        var page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-frontend.min.css").contains("<h1 class=\"govuk-heading-l\">Sign in</h1>")
                .contains("<label class=\"govuk-label\" for=\"username\">").doesNotContain("<script")
                .doesNotContain("style=");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'");
    }

    @Test
    void the_stylesheet_fonts_and_images_are_served_to_a_browser_that_has_not_signed_in() throws Exception {
        // Were they behind sign-in, a font fetched during sign-in would become the page to return to afterwards.
        String css = get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").body();
        var font = java.util.regex.Pattern.compile("url\\((/assets/fonts/[^)\"']+\\.woff2)\\)").matcher(css);
        assertThat(font.find()).as("the stylesheet names its fonts under /assets/").isTrue();

        assertThat(get(font.group(1)).statusCode()).isEqualTo(200);
        assertThat(get("/assets/images/favicon.ico").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_sends_the_browser_back_to_the_sign_in_page_with_an_error() throws Exception {
        assertThatThrownBy(() -> OidcSignIn.cli(issuer()).signIn("practitioner2", "wrong"))
                .isInstanceOfSatisfying(OidcSignIn.SignInRefused.class,
                        refused -> assertThat(refused.location()).endsWith("/login?error"));

        assertThat(get("/login?error").body()).contains("There is a problem")
                .contains("Enter a correct user name and password.");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(issuer() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
