package org.cseriskrecord.identity;

import org.cseriskrecord.testsupport.OidcSignIn;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Throttling through the real sign-in form: after five wrong passwords even the right one is not checked. */
class ThrottledSignInTest extends IdentityProviderTest {

    @Test
    void after_five_wrong_passwords_the_user_is_told_to_wait_and_even_the_right_password_is_refused() throws Exception {
        var signIn = OidcSignIn.cli(issuer());
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> signIn.signIn("auditor", "wrong"))
                    .isInstanceOfSatisfying(OidcSignIn.SignInRefused.class,
                            refused -> assertThat(refused.location()).endsWith("/login?error"));
        }
        assertThatThrownBy(() -> signIn.signIn("auditor", "wrong"))
                .isInstanceOfSatisfying(OidcSignIn.SignInRefused.class,
                        refused -> assertThat(refused.location()).endsWith("/login?throttled=15"));

        assertThatThrownBy(() -> signIn.signIn("auditor", "auditor"))
                .isInstanceOfSatisfying(OidcSignIn.SignInRefused.class,
                        refused -> assertThat(refused.location()).contains("/login?throttled="));

        var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer() + "/login?throttled=15"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("You have tried to sign in too many times. Wait 15 minutes, then try again.");
        // another user from the same address is not locked out by the auditor's failures
        assertThat(signIn.accessToken("board")).isNotBlank();
    }
}
