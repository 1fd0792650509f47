package org.cseriskrecord.support.security;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The OpenID Connect issuer whose tokens the services accept: {@code spring.security.oauth2.resourceserver.jwt.issuer-uri},
 * else the environment variable {@code CSE_OIDC_ISSUER}; in the {@code local} profile only, the local stack's
 * identity provider at {@value #LOCAL_ISSUER} when neither is set. Outside the local profile there is no default:
 * a service that does not know whom to trust does not start.
 */
public record OidcIssuer(String uri) {

    public static final String LOCAL_ISSUER = "http://localhost:9000";
    public static final String PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    public static final String VARIABLE = "CSE_OIDC_ISSUER";

    public static OidcIssuer from(Environment environment) {
        String uri = environment.getProperty(PROPERTY);
        if (uri == null || uri.isBlank()) {
            uri = environment.getProperty(VARIABLE);
        }
        if ((uri == null || uri.isBlank()) && environment.acceptsProfiles(Profiles.of(DemoUsers.PROFILE))) {
            uri = LOCAL_ISSUER;
        }
        if (uri == null || uri.isBlank()) {
            throw new IllegalStateException("No OpenID Connect issuer is configured: set " + VARIABLE
                    + " (or " + PROPERTY + ") to the identity provider whose tokens this service accepts.");
        }
        return new OidcIssuer(uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri);
    }
}
