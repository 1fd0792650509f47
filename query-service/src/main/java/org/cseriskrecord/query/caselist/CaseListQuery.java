package org.cseriskrecord.query.caselist;

import java.util.List;

/**
 * What {@code GET /api/cases} was asked, checked: each filter null when not given, the search as its words.
 *
 * @param scopeAgency       only cases this agency is involved in; null for every case
 * @param awaitingAuthorisationBy the manager whose queue is asked for (the four-eyes rule); null when not asked
 */
record CaseListQuery(String riskLevel, String status, String area, List<String> searchWords,
                     Manager awaitingAuthorisationBy, boolean everyCase, String scopeAgency, int limit, int offset) {

    CaseListQuery {
        searchWords = searchWords == null ? List.of() : List.copyOf(searchWords);
    }

    /** The caller asking for their queue: a role other than MANAGER has an empty one. */
    record Manager(String userId, String role, String agency) {
    }
}
