package org.cseriskrecord.web.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * "Sign in" while the identity provider does not answer shows the 503 page ("try again in a few minutes") instead of
 * Spring Security's 500: the registration is discovered here first, before the authorization redirect needs it.
 */
class SignInAvailability extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInAvailability.class);

    private final ClientRegistrationRepository registrations;

    SignInAvailability(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            registrations.findByRegistrationId(DiscoveredClientRegistrations.REGISTRATION_ID);
        } catch (DiscoveredClientRegistrations.SignInUnavailableException e) {
            log.warn("Sign-in unavailable: {}", e.getMessage());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        chain.doFilter(request, response);
    }
}
