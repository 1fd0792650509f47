package org.cseriskrecord.web.signin;

import org.cseriskrecord.events.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.net.URI;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sign-in with the authorization-code flow and PKCE against the identity provider, sign-out at the provider too,
 * and the browser-facing hardening: CSRF tokens on every form, a content security policy without inline scripts that
 * forbids framing, HSTS on requests that came over TLS (also behind a proxy: {@code server.forward-headers-strategy}).
 */
@Configuration
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
public class SecurityConfiguration {

    /** Who reads the live dashboard: a manager their agency's, a board member de-identified (query-service decides). */
    public static final Set<Role> DASHBOARD_ROLES = Set.copyOf(EnumSet.of(Role.MANAGER, Role.BOARD));
    /** Who reads the board's trends: board members and auditors, a manager their own agency's. */
    public static final Set<Role> TRENDS_ROLES = Set.copyOf(EnumSet.of(Role.BOARD, Role.AUDITOR, Role.MANAGER));

    @Bean
    ClientRegistrationRepository clientRegistrations(OidcProperties properties) {
        return new DiscoveredClientRegistrations(properties);
    }

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations,
                              OidcProperties oidc) throws Exception {
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // PKCE also for this confidential client: a stolen authorization code is useless without the verifier.
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        var signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");

        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/signed-out", "/accessibility", "/error", "/assets/**",
                                "/webjars/**", "/js/**", "/css/**", "/favicon.ico", "/actuator/health/**").permitAll()
                        .requestMatchers("/cases/**").hasAnyRole(Role.names(Role.CASE_ROLES))
                        .requestMatchers("/review/**").hasRole(Role.MANAGER.name())
                        .requestMatchers("/dashboard/**").hasAnyRole(Role.names(DASHBOARD_ROLES))
                        .requestMatchers("/trends/**").hasAnyRole(Role.names(TRENDS_ROLES))
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        // The start page has the "Sign in" button; a deep link signs in and comes back to it.
                        .loginPage("/")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromClaims())))
                .addFilterBefore(new SignInAvailability(registrations), OAuth2AuthorizationRequestRedirectFilter.class)
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(oidc.issuer())))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /**
     * Only this site's own files; no inline script or style; never framed. Forms may also go to the identity provider,
     * because signing out is a form whose answer redirects there.
     */
    static String contentSecurityPolicy(String issuer) {
        URI uri = URI.create(issuer);
        String issuerOrigin = uri.getScheme() + "://" + uri.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' " + issuerOrigin
                + "; frame-ancestors 'none'";
    }

    /** The {@code roles} claim (e.g. {@code ["MANAGER"]}) becomes Spring's {@code ROLE_MANAGER}. */
    static GrantedAuthoritiesMapper rolesFromClaims() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Collection<String> roles = oidc.getIdToken().getClaimAsStringList("roles");
                    (roles == null ? List.<String>of() : roles)
                            .forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return mapped;
        };
    }
}
