package org.cseriskrecord.query.trends;

/**
 * Small-number suppression for everything a board reads: a count from 1 to 4 could point to a child, so it is shown
 * as {@value #SUPPRESSED}; 0 stays 0 and 5 or more is shown as it is.
 */
public final class SmallNumbers {

    public static final String SUPPRESSED = "<5";
    public static final int THRESHOLD = 5;

    private SmallNumbers() {
    }

    /** The count as a board may see it: a number, or {@value #SUPPRESSED}. */
    public static Object suppress(long count) {
        return count > 0 && count < THRESHOLD ? SUPPRESSED : (Object) count;
    }
}
