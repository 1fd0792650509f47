package org.cseriskrecord.events;

/**
 * A share was withdrawn by a manager of the agency that opened the case: the agency is no longer involved and can no
 * longer read or change the case. What it did while involved stays in the history.
 */
@EventType(name = "CaseShareRevoked", revision = 1)
public record CaseShareRevoked(String caseId, String agency,
                               @PersonalData("child and third parties") String reason) implements CaseEvent {
}
