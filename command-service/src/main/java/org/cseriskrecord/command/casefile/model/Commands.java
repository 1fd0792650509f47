package org.cseriskrecord.command.casefile.model;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;

import java.time.LocalDate;
import java.util.List;

/**
 * What practitioners and managers ask of a case. Each is handled by {@link CaseRecord}, which enforces the rules
 * and records the outcome as events. Who asks travels as metadata (see {@code EventMetadata}).
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

    public record StartAssessment(@TargetAggregateIdentifier String caseId, String assessmentId,
                                  LocalDate assessmentDate) {
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
                                         String section, String text) {
    }

    public record RecordAnalysis(@TargetAggregateIdentifier String caseId, String assessmentId, String analysis,
                                 List<String> locationsOfConcern, List<String> personsOfConcern,
                                 String assessedLevel, String rationale) {
    }

    public record SubmitAssessment(@TargetAggregateIdentifier String caseId, String assessmentId) {
    }

    public record AuthoriseAssessment(@TargetAggregateIdentifier String caseId, String assessmentId,
                                      String comments) {
    }

    public record ReturnAssessment(@TargetAggregateIdentifier String caseId, String assessmentId, String reason) {
    }
}
