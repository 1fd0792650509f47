package org.cseriskrecord.support.security;

/** What a signed-in user may do. A MANAGER can do everything a PRACTITIONER can, plus authorise and return. */
public enum Role {
    PRACTITIONER, MANAGER, BOARD, AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
