package org.cseriskrecord.support.security;

import org.cseriskrecord.events.Role;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.support.web.CommonProblemHandler;
import org.cseriskrecord.support.web.CorrelationIdFilter;
import org.cseriskrecord.support.web.ProblemWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Clock;

/**
 * Sign-in for the services' APIs. Every API call carries an OAuth2 bearer token (a JWT from the configured OIDC
 * issuer, see {@link OidcIssuer}); its {@code roles} and {@code agency} claims become the {@link SignedInUser}. HTTP
 * Basic is kept only where it is safe: for the demo users in the {@code local} profile (so curl walkthroughs and
 * scripts keep working) and for users an operator configured explicitly ({@code cse.security.users}); outside the
 * local profile, with no configured users, no password is accepted at all. No sessions, actuator health open for
 * orchestrators, failures as problem details. Which role may call what is stated once, in
 * {@link org.cseriskrecord.support.access.AccessMatrix}.
 */
// Before Boot's resource server (and, where Spring Authorization Server is on the classpath, its JWT configuration):
// this service's JwtDecoder is the one that checks the configured issuer.
@AutoConfiguration(before = {org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class},
        beforeName = "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration")
@EnableConfigurationProperties(UsersProperties.class)
// Method security stays available (the identity provider's own tests use it); the services' endpoints are governed
// by the access matrix alone.
@EnableMethodSecurity
@Import(CommonProblemHandler.class)
public class SecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return new VerifiedCredentialCache(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    UserDirectory userDirectory(UsersProperties properties, Environment environment, PasswordEncoder encoder) {
        return new UserDirectory(properties, localProfile(environment), encoder);
    }

    @Bean
    ProblemWriter problemWriter(ObjectMapper mapper, UsersProperties properties, Environment environment) {
        return new ProblemWriter(mapper, basicAccepted(properties, environment));
    }

    /**
     * Fetches the issuer's keys on the first token, not at start-up: the services start (and answer HTTP Basic in
     * the local profile) while the identity provider is still starting. The issuer and the token's times are checked
     * on every request; the signature once per token ({@link VerifiedTokenCache}, docs/adr/111).
     */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(Environment environment) {
        OidcIssuer issuer = OidcIssuer.from(environment);
        // One validator object for both: what the verifying decoder checks is what a remembered token is checked against.
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(issuer.uri());
        JwtDecoder verifying = new SupplierJwtDecoder(() -> {
            JwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer.uri());
            if (decoder instanceof NimbusJwtDecoder nimbus) {
                nimbus.setJwtValidator(validator);
            }
            return decoder;
        });
        return new VerifiedTokenCache(verifying, validator, VerifiedTokenCache.DEFAULT_MAX_ENTRIES, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems, UsersProperties properties,
                                    Environment environment) throws Exception {
        http
                .csrf(AbstractHttpConfigurer::disable) // stateless API, credentials on every call: no cookies to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        // Metrics name no child, but they show the system's load and failures: administrators only.
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                        .hasAuthority(RoleAuthorities.authority(Role.ADMIN))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtAuthenticationConverter(new TokenUsers()))
                        .authenticationEntryPoint(problems::notSignedIn))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::notSignedIn)
                        .accessDeniedHandler(problems::notPermitted));
        if (basicAccepted(properties, environment)) {
            http.httpBasic(b -> b.realmName(ProblemWriter.REALM).authenticationEntryPoint(problems::notSignedIn));
        }
        return http.build();
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static boolean localProfile(Environment environment) {
        return environment.acceptsProfiles(Profiles.of(DemoUsers.PROFILE));
    }

    private static boolean basicAccepted(UsersProperties properties, Environment environment) {
        return localProfile(environment) || !properties.getUsers().isEmpty();
    }
}
