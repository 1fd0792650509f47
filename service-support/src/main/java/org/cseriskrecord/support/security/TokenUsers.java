package org.cseriskrecord.support.security;

import org.cseriskrecord.events.Role;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Optional;

/**
 * Turns a verified access token into the same {@link SignedInUser} that HTTP Basic gives, from the claims of the OIDC
 * contract: {@code preferred_username} (else {@code sub}), {@code roles} (names without prefix) and {@code agency}.
 * A token that names no role of this service, several of them, or a practitioner or manager without an agency is
 * refused: guessing a role would give a person more, or other, access than their organisation granted.
 */
public class TokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new TokenAuthentication(userOf(jwt), jwt);
    }

    static SignedInUser userOf(Jwt jwt) {
        String userId = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
        if (userId == null || userId.isBlank()) {
            throw refused("The sign-in token does not say who you are (no preferred_username or sub).");
        }
        List<String> claimed = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : List.of();
        // Identity providers add roles of their own (Keycloak's offline_access, …): only this service's roles count.
        List<Role> roles = claimed.stream().map(Role::named).flatMap(Optional::stream).distinct().toList();
        if (roles.isEmpty()) {
            throw refused("Your account has no role in the CSE Risk Record; ask your administrator to give you one.");
        }
        if (roles.size() > 1) {
            throw refused("Your account has more than one role in the CSE Risk Record (" + roles
                    + "); ask your administrator to leave exactly one.");
        }
        Role role = roles.get(0);
        String agency = jwt.getClaimAsString("agency");
        boolean agencyWork = role.worksForAnAgency();
        if (agencyWork && (agency == null || agency.isBlank())) {
            throw refused("Your account has no agency; a practitioner or manager works for one. Ask your administrator.");
        }
        return new SignedInUser(userId, role, agencyWork ? agency : null);
    }

    private static OAuth2AuthenticationException refused(String sentence) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, sentence, null), sentence);
    }

    /** A request signed in with a bearer token: the principal is the {@link SignedInUser}, the credential the token. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final SignedInUser user;
        private final Jwt token;

        TokenAuthentication(SignedInUser user, Jwt token) {
            super(RoleAuthorities.of(user.role()));
            this.user = user;
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }

        @Override
        public String getName() {
            return user.userId();
        }
    }
}
