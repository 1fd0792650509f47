package org.cseriskrecord.riskmodel;

/**
 * A catalogue file, catalogue index or pathway configuration that cannot be read. The message names the source
 * and the line, so that whoever maintains the configuration can fix it.
 */
public class InvalidConfigurationException extends RiskModelException {

    private static final long serialVersionUID = 1L;

    public InvalidConfigurationException(String message) {
        super(message);
    }

    public InvalidConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
