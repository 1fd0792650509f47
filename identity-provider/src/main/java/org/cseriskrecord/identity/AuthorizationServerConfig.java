package org.cseriskrecord.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Spring Authorization Server as the OIDC contract (docs/security.md) states it: issuer, the {@code web-ui} and
 * {@code cse-cli} clients, the {@code roles} and {@code agency} claims in access and ID tokens, and a GOV.UK sign-in
 * page with throttled attempts.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

    /** Redirect URI of the cse-cli client: never opened; the helper reads the code from the redirect itself. */
    static final String CLI_REDIRECT_URI = "http://127.0.0.1/cse-cli/signed-in";

    /** The protocol endpoints (authorize, token, JWKS, discovery, userinfo, logout). */
    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // a browser that is not signed in is sent to the sign-in page, then back to the authorization request
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SignInThrottleFilter.LOGIN),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    /**
     * The sign-in form. Its static assets (GOV.UK Frontend's CSS, fonts and images) are open to all: were they not,
     * a browser fetching a font before signing in would be "saved" as the request to return to, and land on a .woff
     * file after signing in instead of going back to the authorization request.
     */
    @Bean
    @Order(2)
    SecurityFilterChain signInForm(HttpSecurity http, SignInThrottle throttle) throws Exception {
        var throttling = new SignInThrottleFilter(throttle);
        var success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.Authentication authentication)
                    throws jakarta.servlet.ServletException, java.io.IOException {
                throttle.succeeded(authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/assets/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(SignInThrottleFilter.LOGIN, "/").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(throttling, UsernamePasswordAuthenticationFilter.class)
                .formLogin(f -> f.loginPage(SignInThrottleFilter.LOGIN).failureHandler(throttling)
                        .successHandler(success))
                .headers(SecurityHeaders::apply);
        return http.build();
    }

    @Bean
    SignInThrottle signInThrottle(IdentityProperties properties) {
        return new SignInThrottle(properties.throttle(), Clock.systemUTC());
    }

    @Bean
    UserDetailsService users(DemoAccounts accounts) {
        return new InMemoryUserDetailsManager(accounts.userDetails());
    }

    @Bean
    RegisteredClientRepository clients(IdentityProperties properties) {
        String secret = properties.webUi().clientSecret();
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("Set CSE_WEB_UI_CLIENT_SECRET: the web-ui client's secret has no default"
                    + " (./run generates one and gives it to both the identity provider and the web UI).");
        }
        String webUi = properties.webUi().baseUrl();
        RegisteredClient webUiClient = RegisteredClient.withId(UUID.nameUUIDFromBytes("web-ui".getBytes()).toString())
                .clientId("web-ui")
                .clientSecret("{noop}" + secret) // a generated local secret; hashing it would only slow the stack
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(webUi + "/login/oauth2/code/cse")
                .postLogoutRedirectUri(webUi + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
                .build();
        // Scripts and tests: a public client (no secret to leak) that must use PKCE. Its tokens last an hour so a
        // walkthrough in a shell does not need a new one every few minutes.
        RegisteredClient cliClient = RegisteredClient.withId(UUID.nameUUIDFromBytes("cse-cli".getBytes()).toString())
                .clientId("cse-cli")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(CLI_REDIRECT_URI)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
                .build();
        return new InMemoryRegisteredClientRepository(webUiClient, cliClient);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        RSAKey key = SigningKey.load(properties.keyFile());
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        var settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer().replaceAll("/+$", ""));
        }
        return settings.build();
    }

    /** The claims of the contract, in the access token and in the ID token alike. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractClaims(DemoAccounts accounts) {
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (!accessToken && !idToken) {
                return;
            }
            SignedInUser user = accounts.find(context.getPrincipal().getName()).orElseThrow(() ->
                    new IllegalStateException("Signed in as a user the provider does not know"));
            context.getClaims().claims(claims -> {
                claims.put("sub", user.userId());
                claims.put("preferred_username", user.userId());
                claims.put("name", DemoAccounts.displayName(user));
                claims.put("roles", DemoAccounts.roleNames(user));
                if (user.role().worksForAnAgency()) {
                    claims.put("agency", user.agency());
                }
            });
        };
    }
}
