package org.cseriskrecord.riskmodel;

/**
 * Someone tried to mark by hand an item the model derives itself (e.g. {@code VULN_UNDER_13}, "Under 13 years of
 * age", which follows from the date of birth and the assessment date).
 */
public class DerivedIndicatorException extends RiskModelException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public DerivedIndicatorException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The derived code that was marked. */
    public String code() {
        return code;
    }
}
