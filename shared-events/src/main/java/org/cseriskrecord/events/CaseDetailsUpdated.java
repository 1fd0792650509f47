package org.cseriskrecord.events;

import java.util.List;

/**
 * The case's details other than the child's were updated: the professionals completing the assessment, the
 * placement of a looked-after child, or the other professionals involved. Carries all three values as they now are
 * and the names of the fields that changed, so the history can say what changed without replaying earlier events.
 */
@EventType(name = "CaseDetailsUpdated", revision = 1)
public record CaseDetailsUpdated(
        String caseId,
        List<ProfessionalDetails> professionals,
        PlacementDetails placement,
        @PersonalData("professional") String otherProfessionalsInvolved,
        List<String> changedFields) implements CaseEvent {

    public CaseDetailsUpdated {
        professionals = professionals == null ? List.of() : List.copyOf(professionals);
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
