package org.cseriskrecord.events;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed-in user may do. A MANAGER can do everything a PRACTITIONER can, plus authorise and return. ADMIN
 * looks after configuration and records management (erasure, legal holds, retention) and sees no child's data.
 * <p>
 * Here, in the contract every service and the web pages share, rather than beside the services' sign-in, because the
 * web pages must not take the services' resource-server security along (ADR 096). Events carry the role's
 * {@link #name()}; the groupings below are stated once so that no module re-lists role names.
 */
public enum Role {
    PRACTITIONER, MANAGER, BOARD, AUDITOR, ADMIN;

    /** Practitioners and managers: they work for one agency (their sign-in must name it) and record its cases. */
    public static final Set<Role> AGENCY_ROLES = Set.copyOf(EnumSet.of(PRACTITIONER, MANAGER));
    /**
     * Who works with children's case records: the agencies' practitioners and managers, and auditors, who read every
     * case. Board members read de-identified figures only; administrators see no child's data.
     */
    public static final Set<Role> CASE_ROLES = Set.copyOf(EnumSet.of(PRACTITIONER, MANAGER, AUDITOR));

    public boolean worksForAnAgency() {
        return AGENCY_ROLES.contains(this);
    }

    /** The names, as a {@code roles} claim or Spring's {@code hasAnyRole(...)} wants them. */
    public static String[] names(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).toArray(String[]::new);
    }

    /** The role of this name, or none for a name this system does not know (identity providers add their own). */
    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
