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

    /** Every command is about one case. */
    public interface CaseCommand {
        String caseId();
    }

    /** Records management (ADMIN): a legal hold keeps the case from erasure until it is lifted. */
    public record PlaceLegalHold(@TargetAggregateIdentifier String caseId, String reason) implements CaseCommand {
    }

    public record LiftLegalHold(@TargetAggregateIdentifier String caseId, String reason) implements CaseCommand {
    }

    /** Records management (ADMIN): erase the child's personal data by destroying the case's key. */
    public record EraseCase(@TargetAggregateIdentifier String caseId, String reason) implements CaseCommand {
    }

    public record OpenCase(@TargetAggregateIdentifier String caseId, String area, ChildDetails child,
                           List<ProfessionalDetails> professionals, PlacementDetails placement,
                           String otherProfessionalsInvolved) implements CaseCommand {
    }

    public record CorrectChildDetails(@TargetAggregateIdentifier String caseId, ChildDetails child) implements CaseCommand {
    }

    public record UpdateCaseDetails(@TargetAggregateIdentifier String caseId,
                                    List<ProfessionalDetails> professionals, PlacementDetails placement,
                                    String otherProfessionalsInvolved) implements CaseCommand {
    }

    /** @param completedBy who completes the assessment; null for the signed-in user */
    public record StartAssessment(@TargetAggregateIdentifier String caseId, String assessmentId,
                                  LocalDate assessmentDate, AssessingProfessional completedBy) implements CaseCommand {
    }

    public record MarkIndicator(@TargetAggregateIdentifier String caseId, String assessmentId, String code,
                                String evidence) implements CaseCommand {
    }

    public record WithdrawIndicator(@TargetAggregateIdentifier String caseId, String assessmentId, String code,
                                    String reason) implements CaseCommand {
    }

    public record AddEvidence(@TargetAggregateIdentifier String caseId, String assessmentId, String indicatorCode,
                              String text, String source, LocalDate observedOn) implements CaseCommand {
    }

    public record RecordAdditionalDetail(@TargetAggregateIdentifier String caseId, String assessmentId,
                                         Category section, String text) implements CaseCommand {
    }

    public record RecordAnalysis(@TargetAggregateIdentifier String caseId, String assessmentId, String analysis,
                                 List<String> locationsOfConcern, List<String> personsOfConcern,
                                 RiskLevel assessedLevel, String rationale) implements CaseCommand {
    }

    /** The practitioner confirms the child's learning-difficulty answer, as the child's details give it. */
    public record ConfirmLearningDifficulty(@TargetAggregateIdentifier String caseId, String assessmentId,
                                            Answer learningDifficulty) implements CaseCommand {
    }

    public record RecordAssessingProfessional(@TargetAggregateIdentifier String caseId, String assessmentId,
                                              AssessingProfessional completedBy) implements CaseCommand {
    }

    public record SubmitAssessment(@TargetAggregateIdentifier String caseId, String assessmentId) implements CaseCommand {
    }

    /**
     * @param level          the manager's view of the level; null to agree with the assessed level
     * @param levelRationale why, where {@code level} differs from the assessed level
     */
    public record AuthoriseAssessment(@TargetAggregateIdentifier String caseId, String assessmentId,
                                      String comments, RiskLevel level, String levelRationale) implements CaseCommand {

        /** The manager agrees with the assessed level. */
        public AuthoriseAssessment(String caseId, String assessmentId, String comments) {
            this(caseId, assessmentId, comments, null, null);
        }
    }

    public record ReturnAssessment(@TargetAggregateIdentifier String caseId, String assessmentId, String reason) implements CaseCommand {
    }

    public record DiscardAssessment(@TargetAggregateIdentifier String caseId, String assessmentId, String reason) implements CaseCommand {
    }

    /** Shares the case with another agency, which from then on is involved in it. */
    public record ShareCase(@TargetAggregateIdentifier String caseId, String agency, String reason)
            implements CaseCommand {
    }

    /** Ends a share: the agency is no longer involved. */
    public record RevokeShare(@TargetAggregateIdentifier String caseId, String agency, String reason)
            implements CaseCommand {
    }
}
