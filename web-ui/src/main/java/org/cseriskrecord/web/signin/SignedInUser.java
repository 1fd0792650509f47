package org.cseriskrecord.web.signin;

import org.cseriskrecord.events.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Who is signed in, as the identity provider's ID token says (claims in docs/web-ui.md and the OIDC contract):
 * user name, display name, roles without prefix and agency (absent for board, auditor and admin).
 */
public record SignedInUser(String username, String displayName, List<String> roles, String agency) {

    public static SignedInUser of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        List<String> roles = user.getClaimAsStringList("roles");
        String username = Objects.requireNonNullElse(user.getPreferredUsername(), user.getSubject());
        return new SignedInUser(username, Objects.requireNonNullElse(user.getFullName(), username),
                roles == null ? List.of() : List.copyOf(roles), user.getClaimAsString("agency"));
    }

    /** Whether the token names this role; templates may pass its name ({@code user.hasRole('MANAGER')}). */
    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    private boolean hasAnyRole(Collection<Role> any) {
        return any.stream().anyMatch(this::hasRole);
    }

    /** Whether the case pages are for this user (the navigation's "Cases"; the rule: SecurityConfiguration). */
    public boolean readsCases() {
        return hasAnyRole(Role.CASE_ROLES);
    }

    /** Practitioners and managers, who work for an agency: they open, change and share its cases. */
    public boolean worksForAnAgency() {
        return hasAnyRole(Role.AGENCY_ROLES);
    }

    public boolean readsDashboard() {
        return hasAnyRole(SecurityConfiguration.DASHBOARD_ROLES);
    }

    public boolean readsTrends() {
        return hasAnyRole(SecurityConfiguration.TRENDS_ROLES);
    }

    /** The roles as people read them, e.g. "Manager". */
    public String roleNames() {
        return String.join(", ", roles.stream()
                .map(r -> r.charAt(0) + r.substring(1).toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
