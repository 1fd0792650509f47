package org.cseriskrecord.support.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.LinkedHashMap;
import java.util.Map;

/** The users who may sign in: configured ones, plus the demo users when the local profile is active. */
public class UserDirectory implements UserDetailsService {

    private final Map<String, CseUserDetails> users = new LinkedHashMap<>();

    public UserDirectory(UsersProperties properties, boolean localProfile, PasswordEncoder encoder) {
        for (var configured : properties.getUsers()) {
            requireComplete(configured);
            if (!localProfile && (DemoUsers.isDemoUserName(configured.getUsername())
                    || configured.getUsername().equals(configured.getPassword())
                    || ("{noop}" + configured.getUsername()).equals(configured.getPassword()))) {
                throw new IllegalStateException("Demo user '" + configured.getUsername()
                        + "' (or a user whose password is its name) is configured outside the '"
                        + DemoUsers.PROFILE + "' profile. Demo users are for the local stack only; remove it.");
            }
            add(new SignedInUser(configured.getUsername(), configured.getRole(), configured.getAgency()),
                    configured.getPassword());
        }
        if (localProfile) {
            // The demo passwords are public (each is the user's name): hashing them protects nothing and would cost
            // a BCrypt round per request. They exist only in the local profile.
            for (var demo : DemoUsers.ALL) {
                add(demo, "{noop}" + demo.userId());
            }
        }
    }

    private static void requireComplete(UsersProperties.User user) {
        if (user.getUsername() == null || user.getUsername().isBlank() || user.getPassword() == null
                || user.getRole() == null) {
            throw new IllegalStateException("Every configured user needs a username, a password and a role");
        }
    }

    private void add(SignedInUser user, String passwordHash) {
        if (users.putIfAbsent(user.userId(), new CseUserDetails(user, passwordHash)) != null) {
            throw new IllegalStateException("User '" + user.userId() + "' is configured twice");
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("Unknown user");
        }
        return user;
    }

    public int size() {
        return users.size();
    }
}
