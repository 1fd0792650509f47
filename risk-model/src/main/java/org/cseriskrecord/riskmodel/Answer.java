package org.cseriskrecord.riskmodel;

/**
 * An answer of the form that may not be known yet, e.g. whether the child has a learning difficulty or is subject
 * to a child protection plan. "Not known" is an answer in its own right, never read as "no": where a rule depends
 * on the answer, NOT_KNOWN takes the side that protects the child.
 */
public enum Answer {
    YES,
    NO,
    NOT_KNOWN;

    /** The answer a yes/no value gives: {@code true} is YES, {@code false} is NO. */
    public static Answer of(boolean yes) {
        return yes ? YES : NO;
    }
}
