package org.cseriskrecord.events;

import java.util.List;

/**
 * A manager of the submitting practitioner's agency, who did not contribute to the assessment, authorised it: from
 * now on it is immutable and its authorised level is the case's risk level.
 *
 * @param assessedLevel            the practitioner's assessed level, as submitted
 * @param authorisedLevel          the level the manager authorised: the assessed level, or the manager's own view
 *                                 with {@code levelRationale} (revision 1: the assessed level)
 * @param levelRationale           the manager's reason for a level other than the assessed one; null otherwise
 * @param responseLevel            the level whose required response applies: the higher of the tool's suggestion
 *                                 and the authorised level (null in revision 1)
 * @param recommendedActions       the required response of {@code responseLevel} (empty in revision 1)
 * @param lastAuthorisedLevel      the child's last authorised level before this assessment, or null
 * @param stepDown                 the authorised level is below {@code lastAuthorisedLevel}
 * @param belowFloorWithIndicators the authorised level is NONE for a child under the floor with indicators present
 */
@EventType(name = "ManagerAuthorised", revision = 2)
public record ManagerAuthorised(
        String caseId,
        String assessmentId,
        String assessedLevel,
        @PersonalData("child and third parties") String comments,
        String authorisedLevel,
        @PersonalData("child and third parties") String levelRationale,
        String responseLevel,
        List<String> recommendedActions,
        String lastAuthorisedLevel,
        boolean stepDown,
        boolean belowFloorWithIndicators) implements AssessmentEvent {

    public ManagerAuthorised {
        recommendedActions = recommendedActions == null ? List.of() : List.copyOf(recommendedActions);
    }
}
