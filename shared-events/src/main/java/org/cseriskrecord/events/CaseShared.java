package org.cseriskrecord.events;

/**
 * The case was shared with another agency, which from now on may read and work on it: a recorded decision of
 * who shared (the event's metadata), with which agency and why.
 *
 * @param agency the agency now involved, as the partnership's configuration names it
 */
@EventType(name = "CaseShared", revision = 1)
public record CaseShared(String caseId, String agency,
                         @PersonalData("child and third parties") String reason) implements CaseEvent {
}
