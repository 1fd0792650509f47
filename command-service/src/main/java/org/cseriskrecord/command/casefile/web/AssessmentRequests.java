package org.cseriskrecord.command.casefile.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.rules.RiskLevel;

import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the assessment endpoints: their shape (see {@link CaseRequests}). */
final class AssessmentRequests {
    private AssessmentRequests() {
    }

    record MarkIndicator(@NotBlank(message = "is required") @Size(max = 100) String code,
                         @Size(max = CaseRequests.LONG)
                         @Pattern(regexp = CaseRequests.NOT_BLANK, message = CaseRequests.NOT_BLANK_MESSAGE)
                         String evidence) {
    }

    record Withdrawal(@NotBlank(message = "is required: say why the indicator no longer applies")
                      @Size(max = CaseRequests.LONG) String reason) {
    }

    record AddEvidence(@NotBlank(message = "is required") @Size(max = 100) String indicatorCode,
                       @NotBlank(message = "is required") @Size(max = CaseRequests.LONG) String text,
                       @Size(max = CaseRequests.SHORT) String source,
                       LocalDate observedOn) {
    }

    record AdditionalDetail(@Size(max = CaseRequests.LONG) String text) {
    }

    /** @param rationale why, where a rule asks for one: below the suggestion, NONE under the floor, a step-down */
    record Analysis(@NotBlank(message = "is required") @Size(max = CaseRequests.LONG) String analysis,
                    @Size(max = CaseRequests.ENTRIES)
                    List<@NotBlank @Size(max = CaseRequests.SHORT) String> locationsOfConcern,
                    @Size(max = CaseRequests.ENTRIES)
                    List<@NotBlank @Size(max = CaseRequests.SHORT) String> personsOfConcern,
                    @NotNull(message = "is required: NONE, LOW, MEDIUM or HIGH") RiskLevel assessedLevel,
                    @Size(max = CaseRequests.LONG) String rationale) {
    }

    record LearningDifficultyConfirmation(
            @NotNull(message = "is required: the answer you confirm, YES, NO or NOT_KNOWN") Answer learningDifficulty) {
    }

    /**
     * @param level          the manager's view of the level; left out, the assessed level is authorised
     * @param levelRationale why, where {@code level} differs from the assessed level
     */
    record Authorisation(@Size(max = CaseRequests.LONG) String comments,
                         RiskLevel level,
                         @Size(max = CaseRequests.LONG) String levelRationale) {
    }

    record Return(@NotBlank(message = "is required: tell the practitioner what to put right")
                  @Size(max = CaseRequests.LONG) String reason) {
    }

    record Discard(@NotBlank(message = "is required: say why the draft is discarded")
                   @Size(max = CaseRequests.LONG) String reason) {
    }
}
