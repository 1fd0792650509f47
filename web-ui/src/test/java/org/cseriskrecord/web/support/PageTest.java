package org.cseriskrecord.web.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Page tests: the whole web-ui (security, controllers, templates, API clients) in MockMvc, calling {@link FakeServices}
 * over real HTTP. Users sign in through Spring Security's OIDC test support with the claims the identity provider
 * issues (the OIDC contract); their access token is {@value #TOKEN}, which the services must receive.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PageTest {

    /** The access token Spring Security's OIDC login test support gives the signed-in user. */
    public static final String TOKEN = "access-token";
    protected static final FakeServices services = new FakeServices();

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void servicesAtTheFake(DynamicPropertyRegistry registry) {
        registry.add("cse.oidc.issuer", services::url);
        registry.add("cse.oidc.client-secret", () -> "test-secret");
        registry.add("cse.services.command-url", services::url);
        registry.add("cse.services.query-url", services::url);
        // Long enough for a loaded CI machine; the "not caught up" test waits this long.
        registry.add("cse.services.read-your-writes-wait", () -> "1500ms");
    }

    @AfterEach
    void forgetAnswers() {
        services.reset();
    }

    /** The registration web-ui uses, as the discovery document gives it. */
    protected static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("cse")
                .clientId("web-ui")
                .clientSecret("test-secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(services.url() + "/oauth2/authorize")
                .tokenUri(services.url() + "/oauth2/token")
                .jwkSetUri(services.url() + "/oauth2/jwks")
                .userNameAttributeName("sub")
                .build();
    }

    /** A demo user of the OIDC contract, signed in: e.g. as("manager", "Manager Example", "MANAGER", "Police"). */
    protected static OidcLoginRequestPostProcessor as(String username, String name, String role, String agency) {
        return oidcLogin()
                .clientRegistration(registration())
                .idToken(token -> {
                    token.subject(username).claim("preferred_username", username).claim("name", name)
                            .claim("roles", List.of(role));
                    if (agency != null) {
                        token.claim("agency", agency);
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    protected static OidcLoginRequestPostProcessor practitioner() {
        return as("practitioner", "Pat Practitioner", "PRACTITIONER", "Police");
    }

    protected static OidcLoginRequestPostProcessor manager() {
        return as("manager", "Morgan Manager", "MANAGER", "Police");
    }

    protected static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
