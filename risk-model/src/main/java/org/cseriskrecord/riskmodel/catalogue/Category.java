package org.cseriskrecord.riskmodel.catalogue;

/** The four sections of the seed form's indicator tables. */
public enum Category {

    /** "Vulnerability Factors": counted and reported, never counted towards the risk level. */
    VULNERABILITY("Vulnerability Factors", "VULN_"),
    /** "Early Indicators of CSE/LOW". */
    LOW("Early Indicators of CSE/LOW", "LOW_"),
    /** "Strong Indicators of CSE/MEDIUM". */
    MEDIUM("Strong Indicators of CSE/MEDIUM", "MEDIUM_"),
    /** "Serious indicators of CSE/HIGH". */
    HIGH("Serious indicators of CSE/HIGH", "HIGH_");

    private final String heading;
    private final String codePrefix;

    Category(String heading, String codePrefix) {
        this.heading = heading;
        this.codePrefix = codePrefix;
    }

    /** Whether indicators of this category count towards the suggested risk level (false for vulnerabilities). */
    public boolean countsTowardsLevel() {
        return this != VULNERABILITY;
    }

    /** The section heading as printed on the seed form. */
    public String heading() {
        return heading;
    }

    /** The prefix every code of this category starts with, e.g. {@code VULN_}. */
    public String codePrefix() {
        return codePrefix;
    }
}
