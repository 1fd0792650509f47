package org.cseriskrecord.query.asof;

import org.cseriskrecord.events.AssessmentStatus;
import org.cseriskrecord.events.ChildDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/cases/{caseId}?asOf=YYYY-MM-DD[&knownAt=instant]}: the case as it stood on {@code asOf} by the
 * assessments' own dates, as the record knew it at {@code knownAt} (null: as known now, with every later
 * correction).
 *
 * @param riskLevel             the authorised level of the latest authorised assessment dated on or before
 *                              {@code asOf}; null before the first
 * @param riskLevelDate         that assessment's own date
 * @param assessments           the assessments dated on or before {@code asOf}, oldest first, each with its status
 *                              as known at {@code knownAt}
 */
public record CaseAsOfView(String caseId, LocalDate asOf, Instant knownAt, String area, ChildDetails child,
                           String riskLevel, LocalDate riskLevelDate, String riskLevelAssessmentId,
                           List<Assessment> assessments) {

    public record Assessment(String assessmentId, LocalDate assessmentDate, AssessmentStatus status,
                             String suggestedLevel,
                             String assessedLevel, String authorisedLevel, String authorisedBy, Instant authorisedAt) {
    }
}
