package org.cseriskrecord.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Stops a sign-in attempt before the password is checked when its user name or address has failed too often, and
 * sends the browser back to the sign-in page with the number of minutes to wait. Also the form's failure handler:
 * records each wrong password.
 */
class SignInThrottleFilter extends OncePerRequestFilter implements AuthenticationFailureHandler {

    static final String LOGIN = "/login";

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = throttle.waitBeforeNextAttempt(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            redirectThrottled(request, response, wait.get());
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof BadCredentialsException) {
            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
        }
        var wait = throttle.waitBeforeNextAttempt(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            redirectThrottled(request, response, wait.get());
        } else {
            response.sendRedirect(request.getContextPath() + LOGIN + "?error");
        }
    }

    private static void redirectThrottled(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        response.sendRedirect(request.getContextPath() + LOGIN + "?throttled=" + minutes);
    }
}
