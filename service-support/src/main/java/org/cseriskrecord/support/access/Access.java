package org.cseriskrecord.support.access;

/** What one role may do at one endpoint. */
public enum Access {
    /** Allowed; where the endpoint addresses a case, any case (an auditor's read-only view of every case). */
    ALLOWED("allowed"),
    /**
     * Allowed only for cases the caller's agency is involved in (opened it, or it was shared with it). Any other
     * case answers 404, as if it did not exist, and lists omit it. Endpoints that address no case are allowed.
     */
    INVOLVED("own agency"),
    /** Refused with 403 whatever the case. */
    DENIED("403");

    private final String inTable;

    Access(String inTable) {
        this.inTable = inTable;
    }

    /** How the cell reads in docs/security.md. */
    public String inTable() {
        return inTable;
    }
}
