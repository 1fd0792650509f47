package org.cseriskrecord.riskmodel;

/**
 * Base of every error the risk model reports. The message is a sentence a practitioner can understand
 * (it may be shown to the person completing the assessment).
 */
public class RiskModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RiskModelException(String message) {
        super(message);
    }

    public RiskModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
