package org.cseriskrecord.events;

import java.util.List;

/**
 * The child's details were corrected. Carries the whole corrected record and the names of the fields that changed,
 * so the history can say what changed without replaying earlier events. Revision 2: as {@link CaseOpened}.
 */
@EventType(name = "ChildDetailsCorrected", revision = 2)
public record ChildDetailsCorrected(String caseId, ChildDetails child, List<String> changedFields) implements CaseEvent {
    public ChildDetailsCorrected {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
