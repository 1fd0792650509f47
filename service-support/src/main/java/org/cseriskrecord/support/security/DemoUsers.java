package org.cseriskrecord.support.security;

import org.cseriskrecord.events.Role;

import java.util.List;

/**
 * The local stack's demo users, whose password is their user name. They exist only under the {@code local} profile;
 * {@link UserDirectory} refuses to start if any of them, or any user whose password is its name, is configured
 * under another profile.
 */
public final class DemoUsers {
    public static final String PROFILE = "local";

    public static final List<SignedInUser> ALL = List.of(
            new SignedInUser("practitioner", Role.PRACTITIONER, "Police"),
            new SignedInUser("manager", Role.MANAGER, "Police"),
            new SignedInUser("practitioner2", Role.PRACTITIONER, "Health"),
            new SignedInUser("manager2", Role.MANAGER, "Health"),
            new SignedInUser("board", Role.BOARD, null),
            new SignedInUser("auditor", Role.AUDITOR, null),
            new SignedInUser("admin", Role.ADMIN, null));

    private DemoUsers() {
    }

    public static boolean isDemoUserName(String username) {
        return ALL.stream().anyMatch(u -> u.userId().equals(username));
    }
}
