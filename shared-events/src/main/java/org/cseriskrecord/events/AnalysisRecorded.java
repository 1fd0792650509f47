package org.cseriskrecord.events;

import java.util.List;

/**
 * The professional's analysis and judgement were recorded (replacing any earlier analysis of this assessment).
 *
 * @param assessedLevel the professional's level: {@code NONE}, {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param rationale     required where the assessed level is below the tool's suggestion
 * @param downgrade     true where the assessed level was below the suggestion when it was recorded
 */
@EventType(name = "AnalysisRecorded", revision = 1)
public record AnalysisRecorded(
        String caseId,
        String assessmentId,
        @PersonalData("child and third parties") String analysis,
        @PersonalData("third parties") List<String> locationsOfConcern,
        @PersonalData("third parties") List<String> personsOfConcern,
        String assessedLevel,
        @PersonalData("child and third parties") String rationale,
        boolean downgrade) implements AssessmentEvent {

    public AnalysisRecorded {
        locationsOfConcern = locationsOfConcern == null ? List.of() : List.copyOf(locationsOfConcern);
        personsOfConcern = personsOfConcern == null ? List.of() : List.copyOf(personsOfConcern);
    }
}
