package org.cseriskrecord.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.io.IOException;

/** Writes sign-in and permission failures raised by the security filters as problem details. */
public class ProblemWriter {
    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void notSignedIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"CSE Risk Record\"");
        Problems.write(response, mapper, Problems.problem(HttpStatus.UNAUTHORIZED, "not-signed-in", "Not signed in",
                "Sign in to use this service: the user name or password is missing or wrong."));
    }

    public void notPermitted(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(response, mapper, Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not permitted",
                "Your role does not allow this action."));
    }
}
