package org.cseriskrecord.query.caselist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One case in {@code GET /api/cases}.
 *
 * @param riskLevel      the assessed level of the latest authorised assessment, or null
 * @param status         the status of the current (most recently started) assessment, or null
 * @param suggestedLevel the tool's suggestion for the current assessment, or null
 * @param updatedAt      when the latest event of the case happened
 * @param assessedLevel  the professional's assessed level of the current assessment, or null (the manager's queue
 *                       shows the judgement beside the suggestion)
 * @param stepDown       flag: the current assessment's level is below the child's last authorised level
 * @param belowFloorWithIndicators flag: NONE for a child who cannot be categorised as low risk, with indicators
 */
public record CaseListEntry(String caseId, String area, String childName, LocalDate dateOfBirth, String riskLevel,
                            String currentAssessmentId, String status, String suggestedLevel,
                            LocalDate assessmentDate, Instant updatedAt, String assessedLevel, boolean stepDown,
                            boolean belowFloorWithIndicators) {
}
