package org.cseriskrecord.support.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.support.web.CommonProblemHandler;
import org.cseriskrecord.support.web.CorrelationIdFilter;
import org.cseriskrecord.support.web.ProblemWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for the services' APIs: HTTP Basic against the {@link UserDirectory}, no sessions, every API call
 * authenticated, actuator health open for orchestrators. Failures are problem details like every other error.
 * Which role may call what is stated once, in {@link org.cseriskrecord.support.access.AccessMatrix}.
 */
@AutoConfiguration(before = org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class)
@EnableConfigurationProperties(UsersProperties.class)
@Import(CommonProblemHandler.class)
public class SecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDirectory userDirectory(UsersProperties properties, Environment environment, PasswordEncoder encoder) {
        return new UserDirectory(properties, environment.acceptsProfiles(Profiles.of(DemoUsers.PROFILE)), encoder);
    }

    @Bean
    ProblemWriter problemWriter(ObjectMapper mapper) {
        return new ProblemWriter(mapper);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable) // stateless API with Basic credentials on every call: no cookies to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName("CSE Risk Record").authenticationEntryPoint(problems::notSignedIn))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::notSignedIn)
                        .accessDeniedHandler(problems::notPermitted))
                .build();
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
