package org.cseriskrecord.query.casestatus;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.query.outcome.OutcomeView;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/cases/{caseId}}: the child's case as it stands.
 *
 * @param child             every field of the seed's "Child details", as last recorded or corrected
 * @param censusCodes       the child's Children in Need census codes with their descriptions (gender, ethnicity,
 *                          disabilities), beside the practitioner's words in {@code child}
 * @param riskLevel         the authorised level of the latest authorised assessment, or null if none is authorised
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
        List<UnprocessedEvent> unprocessedEvents,
        CensusCodes censusCodes) {

    /** A census code and its description; null when not coded. */
    public record Coded(String code, String label) {
    }

    public record CensusCodes(Coded gender, Coded ethnicity, List<Coded> disabilities) {
    }

    /**
     * The current assessment. {@code counts} to {@code standingNotes} are the tool's suggestion ("the tool
     * suggests"): computed while the assessment is a draft or returned, as recorded at submission once submitted or
     * authorised; {@code assessedLevel} is "the professional assessed", {@code authorisedLevel} the manager's.
     *
     * @param outcomeProblem                    why the tool's suggestion could not be computed, or null
     * @param recommendedActions                the required response of {@code responseLevel}
     * @param responseLevel                     the level whose response applies: the higher of the suggestion and
     *                                          the assessed (once authorised: the authorised) level
     * @param childAgeOnAssessmentDate          the child's age in whole years on the assessment date
     * @param completedBy                       who completes the assessment
     * @param learningDifficulty                the learning-difficulty answer the rules applied
     * @param learningDifficultyNotKnownApplied the floor applies because the learning difficulty is not known
     * @param learningDifficultyToConfirm       "Social or learning difficulties" is marked while the answer is not
     *                                          YES: the practitioner must confirm the answer
     * @param learningDifficultyConfirmed       the answer the practitioner confirmed for this assessment, or null
     * @param floorWithIndicators               the child cannot be categorised as low risk and indicators are
     *                                          present below every threshold
     * @param belowFloorWithIndicators          flag: assessed (or authorised) NONE while floorWithIndicators
     * @param stepDown                          flag: the level is below {@code lastAuthorisedLevel}
     * @param lastAuthorisedLevel               the child's authorised level before this assessment, or null
     */
    public record CurrentAssessment(
            String assessmentId,
            String status,
            LocalDate assessmentDate,
            String catalogueVersion,
            String previousAssessmentId,
            String startedBy,
            Instant startedAt,
            CategoryCounts counts,
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
            String managerComments,
            String responseLevel,
            Integer childAgeOnAssessmentDate,
            JsonNode completedBy,
            String learningDifficulty,
            boolean learningDifficultyNotKnownApplied,
            boolean learningDifficultyToConfirm,
            String learningDifficultyConfirmed,
            boolean floorWithIndicators,
            boolean belowFloorWithIndicators,
            boolean stepDown,
            String lastAuthorisedLevel,
            String authorisedLevel,
            String levelRationale,
            String discardedReason,
            String discardedBy,
            Instant discardedAt) {
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

    /**
     * One assessment of the case, oldest first; a discarded draft is listed as DISCARDED and never counted.
     *
     * @param authorisedLevel the level authorised (the case's level from then on), or null
     */
    public record AssessmentSummary(String assessmentId, String status, LocalDate assessmentDate,
                                    String assessedLevel, Instant authorisedAt, String suggestedLevel,
                                    String authorisedLevel, boolean stepDown, boolean belowFloorWithIndicators,
                                    Instant discardedAt) {
    }

    public record UnprocessedEvent(long sequence, String eventId, String type, String reason) {
    }
}
