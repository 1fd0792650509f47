package org.cseriskrecord.support.security;

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
        if (authentication == null || !(authentication.getPrincipal() instanceof CseUserDetails details)) {
            return Optional.empty();
        }
        return Optional.of(details.user());
    }
}
