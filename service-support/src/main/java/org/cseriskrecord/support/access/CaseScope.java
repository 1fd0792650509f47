package org.cseriskrecord.support.access;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which cases a list may show to the caller of the current request, as the {@link AccessInterceptor} decided it:
 * every case, or only those the caller's agency is involved in (none, for a user without an agency).
 */
public record CaseScope(boolean everyCase, String agency) {
    static final String ATTRIBUTE = CaseScope.class.getName();

    static CaseScope allCases() {
        return new CaseScope(true, null);
    }

    static CaseScope involving(String agency) {
        return new CaseScope(false, agency);
    }

    /** Whether a case with these involved agencies may be shown. */
    public boolean shows(CaseInvolvement.InvolvedAgencies involved) {
        return everyCase || involved.involves(agency);
    }

    /** The scope decided for this request. */
    public static CaseScope of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof CaseScope scope) {
            return scope;
        }
        throw new IllegalStateException("No access decision for this request: is it under /api?");
    }
}
