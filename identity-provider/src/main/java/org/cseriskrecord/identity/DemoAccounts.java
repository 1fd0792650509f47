package org.cseriskrecord.identity;

import org.cseriskrecord.support.security.DemoUsers;
import org.cseriskrecord.support.security.RoleAuthorities;
import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The people who can sign in here: the demo users of {@link DemoUsers} (the same list the services know), each with
 * their name as password. Those passwords are public, so they are stored as they are ({@code {noop}}): a hash would
 * protect nothing. Outside the {@code local} profile this provider does not start.
 */
@Component
public class DemoAccounts {

    public DemoAccounts(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of(DemoUsers.PROFILE))) {
            throw new IllegalStateException("The identity-provider module is the local stack's, with public demo"
                    + " passwords; it runs only in the '" + DemoUsers.PROFILE + "' profile. Outside it, point the"
                    + " services at your organisation's identity provider (CSE_OIDC_ISSUER).");
        }
    }

    public List<UserDetails> userDetails() {
        return DemoUsers.ALL.stream()
                .map(u -> User.withUsername(u.userId()).password("{noop}" + u.userId())
                        .authorities(RoleAuthorities.of(u.role())).build())
                .toList();
    }

    public Optional<SignedInUser> find(String userId) {
        return DemoUsers.ALL.stream().filter(u -> u.userId().equals(userId)).findFirst();
    }

    /** A display name that says what the account is for, e.g. "Police practitioner"; demo users are not people. */
    public static String displayName(SignedInUser user) {
        return switch (user.role()) {
            case PRACTITIONER -> user.agency() + " practitioner";
            case MANAGER -> user.agency() + " manager";
            case BOARD -> "Board member";
            case AUDITOR -> "Auditor";
            case ADMIN -> "Administrator";
        };
    }

    static List<String> roleNames(SignedInUser user) {
        return List.of(user.role().name());
    }
}
