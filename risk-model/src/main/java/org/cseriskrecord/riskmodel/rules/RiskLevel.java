package org.cseriskrecord.riskmodel.rules;

/** Level of CSE risk, from none to high; declared in ascending order. */
public enum RiskLevel {
    /** No identified risk related to CSE. This does not mean there is no exploitation. */
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    /** True if this level is lower than {@code other}. */
    public boolean isBelow(RiskLevel other) {
        return compareTo(other) < 0;
    }

    /** True if this level is higher than {@code other}. */
    public boolean isAbove(RiskLevel other) {
        return compareTo(other) > 0;
    }
}
