package org.cseriskrecord.query.records;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/retention/due}: ids, areas and dates only.
 *
 * @param listedOn the day of the review that made the list; null before the first review
 */
record RetentionDue(LocalDate listedOn, List<DueCase> cases) {

    /** @param lookedAfter whether the looked-after schedule applied */
    record DueCase(String caseId, String area, LocalDate retentionDate, boolean lookedAfter) {
    }
}
