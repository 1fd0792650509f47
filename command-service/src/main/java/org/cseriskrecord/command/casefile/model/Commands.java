package org.cseriskrecord.command.casefile.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cseriskrecord.events.AssessingProfessional;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;
import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.rules.RiskLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * What practitioners and managers ask of a case. Each is handled by {@link CaseRecord}, which enforces the rules
 * and records the outcome as events. Who asks travels as metadata (see {@code EventMetadata}). Values with a fixed
 * set of forms (levels, sections, answers) are typed, so the case's rules only see well-formed requests; their shape
 * and size are checked where requests come in.
 */
public final class Commands {
    private Commands() {
    }

    public record OpenCase(@TargetAggregateIdentifier String caseId, String area, ChildDetails child,
                           List<ProfessionalDetails> professionals, PlacementDetails placement,
                           String otherProfessionalsInvolved) {
    }

    public record CorrectChildDetails(@TargetAggregateIdentifier String caseId, ChildDetails child) {
    }

    public record UpdateCaseDetails(@TargetAggregateIdentifier String caseId,
                                    List<ProfessionalDetails> professionals, PlacementDetails placement,
                                    String otherProfessionalsInvolved) {
    }

    /** @param completedBy who completes the assessment; null for the signed-in user */
    public record StartAssessment(@TargetAggregateIdentifier String caseId, String assessmentId,
                                  LocalDate assessmentDate, AssessingProfessional completedBy) {
    }

    public record MarkIndicator(@TargetAggregateIdentifier String caseId, String assessmentId, String code,
                                String evidence) {
    }

    public record WithdrawIndicator(@TargetAggregateIdentifier String caseId, String assessmentId, String code,
                                    String reason) {
    }

    public record AddEvidence(@TargetAggregateIdentifier String caseId, String assessmentId, String indicatorCode,
                              String text, String source, LocalDate observedOn) {
    }

    public record RecordAdditionalDetail(@TargetAggregateIdentifier String caseId, String assessmentId,
                                         Category section, String text) {
    }

    public record RecordAnalysis(@TargetAggregateIdentifier String caseId, String assessmentId, String analysis,
                                 List<String> locationsOfConcern, List<String> personsOfConcern,
                                 RiskLevel assessedLevel, String rationale) {
    }

    /** The practitioner confirms the child's learning-difficulty answer, as the child's details give it. */
    public record ConfirmLearningDifficulty(@TargetAggregateIdentifier String caseId, String assessmentId,
                                            Answer learningDifficulty) {
    }

    public record RecordAssessingProfessional(@TargetAggregateIdentifier String caseId, String assessmentId,
                                              AssessingProfessional completedBy) {
    }

    public record SubmitAssessment(@TargetAggregateIdentifier String caseId, String assessmentId) {
    }

    /**
     * @param level          the manager's view of the level; null to agree with the assessed level
     * @param levelRationale why, where {@code level} differs from the assessed level
     */
    public record AuthoriseAssessment(@TargetAggregateIdentifier String caseId, String assessmentId,
                                      String comments, RiskLevel level, String levelRationale) {

        /** The manager agrees with the assessed level. */
        public AuthoriseAssessment(String caseId, String assessmentId, String comments) {
            this(caseId, assessmentId, comments, null, null);
        }
    }

    public record ReturnAssessment(@TargetAggregateIdentifier String caseId, String assessmentId, String reason) {
    }

    public record DiscardAssessment(@TargetAggregateIdentifier String caseId, String assessmentId, String reason) {
    }

    /** Shares the case with another agency, which from then on is involved in it. */
    public record ShareCase(@TargetAggregateIdentifier String caseId, String agency, String reason) {
    }

    /** Ends a share: the agency is no longer involved. */
    public record RevokeShare(@TargetAggregateIdentifier String caseId, String agency, String reason) {
    }
}
