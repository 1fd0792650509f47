package org.cseriskrecord.command.casefile.model;

import org.axonframework.messaging.MetaData;
import org.cseriskrecord.events.EventMetadata;
import org.cseriskrecord.events.Role;

/** The person a command or event came from, read from its metadata. */
record Actor(String userId, String role, String agency) {

    static Actor of(MetaData metaData) {
        var meta = EventMetadata.from(metaData);
        if (meta.userId() == null || meta.role() == null) {
            // Commands only come through the signed-in API; a command without an actor is a programming error.
            throw new IllegalStateException("Command without a signed-in user in its metadata");
        }
        return new Actor(meta.userId(), meta.role(), meta.agency());
    }

    /**
     * Who caused a stored event. Every event of an assessment names its user: without it the four-eyes rule (no
     * contributor may authorise) could not be kept, so its absence is an error, never skipped.
     */
    static Actor ofEvent(MetaData metaData, String what) {
        var meta = EventMetadata.from(metaData);
        if (meta.userId() == null) {
            throw new IllegalStateException(what + " has no user in its metadata: the four-eyes rule cannot be kept");
        }
        return new Actor(meta.userId(), meta.role(), meta.agency());
    }

    void requirePractitioner() {
        if (Role.named(role).filter(Role::worksForAnAgency).isEmpty()) {
            throw CaseRuleException.notPermitted("Only practitioners and managers can change a case record.");
        }
    }

    void requireManager(String action) {
        if (!is(Role.MANAGER)) {
            throw CaseRuleException.notPermitted("Only a manager can " + action + " an assessment.");
        }
    }

    void requireAdmin(String action) {
        if (!is(Role.ADMIN)) {
            throw CaseRuleException.notPermitted("Only an administrator can " + action + ".");
        }
    }

    boolean isManager() {
        return is(Role.MANAGER);
    }

    /** The role travels as its name in the metadata; the roles themselves are defined once, in {@link Role}. */
    private boolean is(Role expected) {
        return expected.name().equals(role);
    }
}
