package org.cseriskrecord.support.access;

/**
 * The case or assessment a request names is not one the caller may know of: it does not exist, or the caller's
 * agency is not involved in it. Both answer the same 404, so a case's existence is never revealed.
 */
public class CaseNotFoundException extends RuntimeException {
    private final String variable;

    /** What a case's or an assessment's id looks like: anything else names nothing, and is never repeated. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,100}");

    public CaseNotFoundException(String variable, String id) {
        super((CaseInvolvement.ASSESSMENT_ID.equals(variable) ? "There is no assessment with " : "There is no case with ")
                + (wellFormed(id) ? "id " + id + "." : "that id: an id is up to 100 letters, digits and dashes."));
        this.variable = variable;
    }

    /** Whether the id could name a case or an assessment (a UUID and the like). */
    public static boolean wellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** {@link CaseInvolvement#CASE_ID} or {@link CaseInvolvement#ASSESSMENT_ID}. */
    public String variable() {
        return variable;
    }
}
