package org.cseriskrecord.events;

/**
 * The case's personal data was erased: its key was destroyed, so every personal value of every event of the case,
 * wherever a copy is kept, can no longer be read, and every view deletes what it derived from them. What remains
 * (ids, codes, levels, dates, area, agency) still counts in de-identified figures. No personal data: the reason is
 * kept in clear as the record of the decision, and the API asks that it name no one (docs/adr/050-crypto-shredding.md).
 *
 * @param reason why the case was erased, e.g. "Retention period ended; no legal hold" — naming no one
 */
@EventType(name = "CaseErased", revision = 1)
public record CaseErased(String caseId, String reason) implements CaseEvent {
}
