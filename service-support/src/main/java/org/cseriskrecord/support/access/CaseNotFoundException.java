package org.cseriskrecord.support.access;

/**
 * The case or assessment a request names is not one the caller may know of: it does not exist, or the caller's
 * agency is not involved in it. Both answer the same 404, so a case's existence is never revealed.
 */
public class CaseNotFoundException extends RuntimeException {
    private final String variable;

    public CaseNotFoundException(String variable, String id) {
        super(CaseInvolvement.ASSESSMENT_ID.equals(variable) ? "There is no assessment with id " + id + "."
                : "There is no case with id " + id + ".");
        this.variable = variable;
    }

    /** {@link CaseInvolvement#CASE_ID} or {@link CaseInvolvement#ASSESSMENT_ID}. */
    public String variable() {
        return variable;
    }
}
