package org.cseriskrecord.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OidcIssuerTest {

    @Test
    void outside_the_local_profile_a_service_without_an_issuer_does_not_start() {
        assertThatThrownBy(() -> OidcIssuer.from(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set CSE_OIDC_ISSUER");
    }

    @Test
    void the_local_profile_trusts_the_local_identity_provider_unless_told_otherwise() {
        var local = new MockEnvironment();
        local.setActiveProfiles("local");

        assertThat(OidcIssuer.from(local).uri()).isEqualTo("http://localhost:9000");
        assertThat(OidcIssuer.from(local.withProperty("CSE_OIDC_ISSUER", "http://keycloak:8080/realms/cse/")).uri())
                .isEqualTo("http://keycloak:8080/realms/cse");
    }

    @Test
    void spring_boots_own_property_wins_over_the_environment_variable() {
        var env = new MockEnvironment()
                .withProperty("CSE_OIDC_ISSUER", "http://a.example")
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "http://b.example");

        assertThat(OidcIssuer.from(env).uri()).isEqualTo("http://b.example");
    }
}
