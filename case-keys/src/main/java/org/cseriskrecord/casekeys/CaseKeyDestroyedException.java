package org.cseriskrecord.casekeys;

/** The case's key was destroyed by erasure: its personal data cannot be read, nor new personal data written. */
public class CaseKeyDestroyedException extends RuntimeException {
    private final String caseId;

    public CaseKeyDestroyedException(String caseId) {
        super("The personal data of case " + caseId + " has been erased; nothing more can be recorded for it.");
        this.caseId = caseId;
    }

    public String caseId() {
        return caseId;
    }
}
