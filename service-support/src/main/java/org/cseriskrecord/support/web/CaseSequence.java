package org.cseriskrecord.support.web;

/**
 * Read-your-writes between the services: command-service answers every change to a case with the case's sequence
 * number after it in {@value #HEADER}; query-service answers {@code GET /api/cases/{caseId}} with the sequence it has
 * applied in the same header. A client (web-ui) that waits until the second reaches the first never shows a page
 * older than its own change.
 */
public final class CaseSequence {
    public static final String HEADER = "X-Case-Sequence";

    private CaseSequence() {
    }
}
