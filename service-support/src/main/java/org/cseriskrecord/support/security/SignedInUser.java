package org.cseriskrecord.support.security;

import org.cseriskrecord.events.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The person behind a request: who they are, in which role and for which agency. */
public record SignedInUser(String userId, Role role, String agency) {

    public static Optional<SignedInUser> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static SignedInUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in user for this request"));
    }

    static Optional<SignedInUser> from(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof CseUserDetails details) { // HTTP Basic (local profile)
            return Optional.of(details.user());
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) { // a bearer token (OIDC)
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
