package org.cseriskrecord.riskmodel;

/** An indicator code that is not in the catalogue version used by the assessment. */
public class UnknownIndicatorException extends RiskModelException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public UnknownIndicatorException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The code that was not found. */
    public String code() {
        return code;
    }
}
