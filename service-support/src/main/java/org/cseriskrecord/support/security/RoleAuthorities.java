package org.cseriskrecord.support.security;

import org.cseriskrecord.events.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * Spring Security's authorities for a {@link Role}. Kept apart from the role itself, which lives in the Spring-free
 * contract (ADR 096).
 */
public final class RoleAuthorities {

    private RoleAuthorities() {
    }

    public static String authority(Role role) {
        return "ROLE_" + role.name();
    }

    /** The authorities of a user in this role; a manager also holds the practitioner's authority. */
    public static List<GrantedAuthority> of(Role role) {
        return role == Role.MANAGER
                ? List.of(new SimpleGrantedAuthority(authority(role)),
                        new SimpleGrantedAuthority(authority(Role.PRACTITIONER)))
                : List.of(new SimpleGrantedAuthority(authority(role)));
    }
}
