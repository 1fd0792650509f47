package org.cseriskrecord.web.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How web-ui signs users in (the OIDC contract in docs/web-ui.md).
 *
 * @param issuer       the identity provider's issuer; its discovery document gives every endpoint
 * @param clientId     this client's id at the provider ({@code web-ui})
 * @param clientSecret this client's secret, from the environment ({@code CSE_WEB_UI_CLIENT_SECRET})
 */
@ConfigurationProperties("cse.oidc")
public record OidcProperties(String issuer, String clientId, String clientSecret) {

    public OidcProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("cse.oidc.issuer (CSE_OIDC_ISSUER) must name the identity provider.");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalStateException("CSE_WEB_UI_CLIENT_SECRET must hold web-ui's client secret at the "
                    + "identity provider; there is no default outside the local profile.");
        }
    }
}
