package org.cseriskrecord.events;

/**
 * The case's legal hold was lifted: the case may be erased again when its retention date has passed.
 *
 * @param reason why; may name people, so it is personal data
 */
@EventType(name = "LegalHoldLifted", revision = 1)
public record LegalHoldLifted(String caseId, @PersonalData("third parties") String reason) implements CaseEvent {
}
