package org.cseriskrecord.query.casestatus;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.query.outcome.OutcomeView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/cases/{caseId}}: the child's case as it stands.
 *
 * @param child             every field of the seed's "Child details", as last recorded or corrected
 * @param riskLevel         the assessed level of the latest authorised assessment, or null if none is authorised
 * @param riskLevelSince    the date (in the service's time zone) that assessment was authorised
 * @param currentAssessment the most recently started assessment, or null
 * @param assessments       every assessment, oldest first
 * @param unprocessedEvents events of the case this service could not read and set aside; if any, the status may be
 *                          incomplete
 */
public record CaseStatusView(
        String caseId,
        String area,
        JsonNode child,
        JsonNode professionals,
        JsonNode placement,
        String otherProfessionalsInvolved,
        String riskLevel,
        LocalDate riskLevelSince,
        CurrentAssessment currentAssessment,
        List<AssessmentSummary> assessments,
        List<UnprocessedEvent> unprocessedEvents) {

    /**
     * The current assessment. {@code counts} to {@code standingNotes} are the tool's suggestion: computed while the
     * assessment is a draft or returned, as recorded at submission once submitted or authorised.
     *
     * @param outcomeProblem why the tool's suggestion could not be computed, or null
     */
    public record CurrentAssessment(
            String assessmentId,
            String status,
            LocalDate assessmentDate,
            String catalogueVersion,
            String previousAssessmentId,
            String startedBy,
            Instant startedAt,
            OutcomeView.Counts counts,
            String suggestedLevel,
            String levelBeforeFloor,
            String ruleFired,
            boolean floorApplied,
            List<String> floorConditions,
            String floorExplanation,
            List<String> belowThreshold,
            String outcomeProblem,
            String assessedLevel,
            String rationale,
            boolean downgrade,
            String analysis,
            JsonNode locationsOfConcern,
            JsonNode personsOfConcern,
            List<String> recommendedActions,
            List<String> standingNotes,
            Map<String, String> additionalDetail,
            List<Indicator> indicators,
            String submittedBy,
            Instant submittedAt,
            String returnedReason,
            String returnedBy,
            Instant returnedAt,
            String authorisedBy,
            Instant authorisedAt,
            String managerComments) {
    }

    /**
     * An active indicator or vulnerability.
     *
     * @param state {@code MARKED}, {@code CARRIED_FORWARD} (from the previous authorised assessment, presumed present
     *              until confirmed or withdrawn) or {@code DERIVED} (worked out by the tool, e.g. under 13)
     */
    public record Indicator(String code, String category, String label, String state, List<EvidenceItem> evidence) {
    }

    public record EvidenceItem(String evidenceId, String text, String source, LocalDate observedOn, String addedBy,
                               Instant addedAt) {
    }

    public record AssessmentSummary(String assessmentId, String status, LocalDate assessmentDate,
                                    String assessedLevel, Instant authorisedAt) {
    }

    public record UnprocessedEvent(long sequence, String eventId, String type, String reason) {
    }
}
