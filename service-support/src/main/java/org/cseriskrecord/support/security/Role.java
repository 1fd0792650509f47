package org.cseriskrecord.support.security;

/**
 * What a signed-in user may do. A MANAGER can do everything a PRACTITIONER can, plus authorise and return. ADMIN
 * looks after configuration and records management (erasure, legal holds, retention) and sees no child's data.
 */
public enum Role {
    PRACTITIONER, MANAGER, BOARD, AUDITOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
