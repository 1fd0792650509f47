package org.cseriskrecord.riskmodel;

/** A catalogue version that this system does not know. */
public class UnknownCatalogueVersionException extends RiskModelException {

    private static final long serialVersionUID = 1L;

    private final String version;

    public UnknownCatalogueVersionException(String version, String message) {
        super(message);
        this.version = version;
    }

    /** The version that was asked for. */
    public String version() {
        return version;
    }
}
