package org.cseriskrecord.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Configuration of the local identity provider ({@code cse.identity.*}, set from the environment in application.yml).
 *
 * @param issuer     the issuer URL written into tokens and discovery ({@code CSE_OIDC_ISSUER}); empty: taken from the
 *                   request's host and port (tests on random ports)
 * @param keyFile    where the token-signing key is kept across restarts ({@code CSE_IDP_KEY_FILE}); empty: a new key
 *                   per start, so tokens issued before a restart stop being accepted
 * @param webUi      the web UI client
 * @param throttle   how many failed sign-ins are allowed before the next attempts are refused for a while
 */
@ConfigurationProperties(prefix = "cse.identity")
public record IdentityProperties(String issuer, String keyFile, WebUi webUi, Throttle throttle) {

    public IdentityProperties {
        webUi = webUi == null ? new WebUi(null, null) : webUi;
        throttle = throttle == null ? new Throttle(0, 0, null) : throttle;
    }

    /**
     * @param baseUrl      where the web UI runs ({@code CSE_WEB_UI_URL}, default {@code http://localhost:8080}); its
     *                     redirect is {@code <baseUrl>/login/oauth2/code/cse}, its post-logout redirect {@code <baseUrl>/}
     * @param clientSecret the web UI's client secret ({@code CSE_WEB_UI_CLIENT_SECRET}); no default: ./run generates one
     */
    public record WebUi(String baseUrl, String clientSecret) {
        public WebUi {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        }
    }

    /**
     * @param perUser    failed attempts for one user name within the window before it is refused (default 5)
     * @param perAddress failed attempts from one network address within the window before it is refused (default 20)
     * @param window     the sliding window (default 15 minutes)
     */
    public record Throttle(int perUser, int perAddress, Duration window) {
        public Throttle {
            perUser = perUser <= 0 ? 5 : perUser;
            perAddress = perAddress <= 0 ? 20 : perAddress;
            window = window == null || window.isNegative() || window.isZero() ? Duration.ofMinutes(15) : window;
        }
    }
}
