package org.cseriskrecord.events;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessment was started.
 *
 * @param assessmentDate       the seed's "Date risk assessment tool completed": a domain date, never in the future
 * @param catalogueVersion     the catalogue the assessment is made with; it keeps it for life
 * @param previousAssessmentId the latest authorised assessment of the case, or null for a first assessment
 * @param carriedForward       that assessment's indicators, carried forward until confirmed or withdrawn
 * @param completedBy          who completes the assessment (revision 2; null in events of revision 1)
 */
@EventType(name = "AssessmentStarted", revision = 2)
public record AssessmentStarted(
        String caseId,
        String assessmentId,
        LocalDate assessmentDate,
        String catalogueVersion,
        String previousAssessmentId,
        List<CarriedForwardIndicator> carriedForward,
        AssessingProfessional completedBy) implements AssessmentEvent {

    public AssessmentStarted {
        carriedForward = carriedForward == null ? List.of() : List.copyOf(carriedForward);
    }
}
