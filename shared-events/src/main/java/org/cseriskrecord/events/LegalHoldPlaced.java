package org.cseriskrecord.events;

/**
 * A legal hold was placed on the case: while it is set the case may not be erased, whatever its retention date.
 *
 * @param reason why, e.g. the proceedings it is kept for; may name people, so it is personal data
 */
@EventType(name = "LegalHoldPlaced", revision = 1)
public record LegalHoldPlaced(String caseId, @PersonalData("third parties") String reason) implements CaseEvent {
}
