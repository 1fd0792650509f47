package org.cseriskrecord.command.casefile.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the assessment endpoints. */
final class AssessmentRequests {
    private AssessmentRequests() {
    }

    record MarkIndicator(@NotBlank(message = "is required") @Size(max = 100) String code,
                         @Size(max = CaseRequests.LONG) String evidence) {
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

    record Analysis(@NotBlank(message = "is required") @Size(max = CaseRequests.LONG) String analysis,
                    List<@NotBlank @Size(max = CaseRequests.SHORT) String> locationsOfConcern,
                    List<@NotBlank @Size(max = CaseRequests.SHORT) String> personsOfConcern,
                    @NotBlank(message = "is required: NONE, LOW, MEDIUM or HIGH") String assessedLevel,
                    @Size(max = CaseRequests.LONG) String rationale) {
    }

    record Authorisation(@Size(max = CaseRequests.LONG) String comments) {
    }

    record Return(@NotBlank(message = "is required: tell the practitioner what to put right")
                  @Size(max = CaseRequests.LONG) String reason) {
    }
}
