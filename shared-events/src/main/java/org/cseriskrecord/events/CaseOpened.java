package org.cseriskrecord.events;

import java.util.List;

/**
 * A case was opened for a child. Revision 2: the child's details have a tri-state learning difficulty and child
 * protection plan, and census codes beside the free text (see {@link ChildDetails}).
 *
 * @param area the partnership area whose pathways apply, e.g. {@code COUNTY} or {@code CITY}
 */
@EventType(name = "CaseOpened", revision = 2)
public record CaseOpened(
        String caseId,
        String area,
        ChildDetails child,
        List<ProfessionalDetails> professionals,
        PlacementDetails placement,
        @PersonalData("professional") String otherProfessionalsInvolved) implements CaseEvent {

    public CaseOpened {
        professionals = professionals == null ? List.of() : List.copyOf(professionals);
    }
}
