package org.cseriskrecord.riskmodel;

/** An area (e.g. COUNTY, CITY) for which no referral pathway is configured. */
public class UnknownAreaException extends RiskModelException {

    private static final long serialVersionUID = 1L;

    private final String area;

    public UnknownAreaException(String area, String message) {
        super(message);
        this.area = area;
    }

    /** The area that was asked for. */
    public String area() {
        return area;
    }
}
