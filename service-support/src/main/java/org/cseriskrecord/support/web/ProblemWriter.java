package org.cseriskrecord.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import java.io.IOException;

/** Writes sign-in and permission failures raised by the security filters as problem details. */
public class ProblemWriter {
    public static final String REALM = "CSE Risk Record";

    private final ObjectMapper mapper;
    private final boolean basicAccepted;

    /** @param basicAccepted whether HTTP Basic is offered (local profile or configured users) besides bearer tokens */
    public ProblemWriter(ObjectMapper mapper, boolean basicAccepted) {
        this.mapper = mapper;
        this.basicAccepted = basicAccepted;
    }

    public void notSignedIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
        if (basicAccepted) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        }
        String detail;
        if (e instanceof OAuth2AuthenticationException oauth) {
            // Our own refusals (no role, no agency) carry a sentence for a person; the library's say which check failed.
            String description = oauth.getError().getDescription();
            detail = description != null && description.endsWith(".") && !description.startsWith("An error occurred")
                    && !description.startsWith("Jwt")
                    ? description
                    : "Your sign-in token was not accepted: it has expired, or it was not issued and signed by the"
                    + " identity provider this service trusts. Sign in again.";
        } else {
            detail = basicAccepted
                    ? "Sign in to use this service: the sign-in token, or the user name or password, is missing or wrong."
                    : "Sign in to use this service: send a sign-in token from the identity provider.";
        }
        Problems.write(response, mapper, Problems.problem(HttpStatus.UNAUTHORIZED, "not-signed-in", "Not signed in",
                detail));
    }

    public void notPermitted(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(response, mapper, Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not permitted",
                "Your role does not allow this action."));
    }
}
