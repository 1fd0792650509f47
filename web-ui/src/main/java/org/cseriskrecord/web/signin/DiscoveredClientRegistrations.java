package org.cseriskrecord.web.signin;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one client registration ({@value #REGISTRATION_ID}), read from the issuer's discovery document the first time
 * someone signs in rather than at start-up: web-ui starts (and serves its start and error pages) while the identity
 * provider is still starting or briefly away. Boot's own {@code issuer-uri} support would refuse to start instead.
 */
public class DiscoveredClientRegistrations implements ClientRegistrationRepository {

    public static final String REGISTRATION_ID = "cse";

    private final OidcProperties properties;
    private volatile ClientRegistration registration;

    public DiscoveredClientRegistrations(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                found = registration;
            }
        }
        return found;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(properties.issuer())
                    .registrationId(REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile")
                    .clientName("CSE Risk Record")
                    .build();
        } catch (RuntimeException e) {
            throw new SignInUnavailableException(properties.issuer(), e);
        }
    }

    /** The identity provider did not answer its discovery request. */
    public static class SignInUnavailableException extends RuntimeException {
        SignInUnavailableException(String issuer, Throwable cause) {
            super("The identity provider at " + issuer + " did not answer.", cause);
        }
    }
}
