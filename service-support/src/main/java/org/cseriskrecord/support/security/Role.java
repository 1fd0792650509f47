package org.cseriskrecord.support.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * What a signed-in user may do. A MANAGER can do everything a PRACTITIONER can, plus authorise and return. ADMIN
 * looks after configuration and records management (erasure, legal holds, retention) and sees no child's data.
 */
public enum Role {
    PRACTITIONER, MANAGER, BOARD, AUDITOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Spring Security's authorities for a user in this role; a manager also holds the practitioner's authority. */
    public List<GrantedAuthority> authorities() {
        return this == MANAGER
                ? List.of(new SimpleGrantedAuthority(authority()), new SimpleGrantedAuthority(PRACTITIONER.authority()))
                : List.of(new SimpleGrantedAuthority(authority()));
    }
}
