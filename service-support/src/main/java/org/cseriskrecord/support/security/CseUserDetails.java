package org.cseriskrecord.support.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;

/** Spring Security's view of a configured user; a manager also holds the practitioner's authority. */
record CseUserDetails(SignedInUser user, String passwordHash) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return RoleAuthorities.of(user.role());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.userId();
    }
}
