package org.cseriskrecord.events;

import java.util.List;

/**
 * The assessment was submitted for a manager's authorisation. Records what the tool suggested at that moment, so
 * the record shows the outcome the manager saw even if the rules are later revised.
 */
@EventType(name = "AssessmentSubmitted", revision = 1)
public record AssessmentSubmitted(
        String caseId,
        String assessmentId,
        CategoryCounts counts,
        String suggestedLevel,
        String ruleFired,
        boolean floorApplied,
        String assessedLevel,
        boolean downgrade,
        List<String> recommendedActions) implements AssessmentEvent {

    public AssessmentSubmitted {
        recommendedActions = recommendedActions == null ? List.of() : List.copyOf(recommendedActions);
    }
}
