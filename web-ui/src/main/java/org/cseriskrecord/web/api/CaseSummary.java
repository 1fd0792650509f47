package org.cseriskrecord.web.api;

import java.time.Instant;
import java.time.LocalDate;

/** One case as query-service lists it ({@code GET /api/cases}; shapes in query-service/README.md). */
public record CaseSummary(String caseId, String area, String childName, LocalDate dateOfBirth, String riskLevel,
                          String currentAssessmentId, String status, String suggestedLevel,
                          LocalDate assessmentDate, Instant updatedAt, String assessedLevel, boolean stepDown,
                          boolean belowFloorWithIndicators) {
}
