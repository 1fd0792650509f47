package org.cseriskrecord.query.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/assessments/{id}/changes}: what an assessment changed against the child's previous authorised
 * assessment (the one it was started from). Without a previous one, every indicator is added and every "before" is
 * null.
 *
 * @param rationale      the practitioner's reason for a level below the tool's suggestion (e.g. a step-down)
 * @param levelRationale the manager's reason for authorising a level other than the assessed one
 * @param stepDown       the level is below the child's previous authorised level
 */
public record AssessmentChanges(String assessmentId, String caseId, LocalDate assessmentDate, String status,
                                String previousAssessmentId, LocalDate previousAssessmentDate, Indicators indicators,
                                List<EvidenceAdded> evidenceAdded, Change suggestedLevel, Change assessedLevel,
                                Change authorisedLevel, boolean stepDown, String rationale, String levelRationale) {

    public record Indicators(List<Item> added, List<Withdrawn> withdrawn, List<Item> kept) {
    }

    public record Item(String code, String category, String label) {
    }

    /** An indicator of the previous assessment withdrawn in this one, with the practitioner's reason. */
    public record Withdrawn(String code, String category, String label, String reason, String withdrawnBy,
                            Instant withdrawnAt) {
    }

    public record EvidenceAdded(String indicatorCode, String label, String evidenceId, String text, String source,
                                LocalDate observedOn, String addedBy, Instant addedAt) {
    }

    public record Change(String before, String after) {
    }
}
