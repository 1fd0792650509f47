package org.cseriskrecord.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event in {@code GET /api/cases/{caseId}/history}.
 *
 * @param type    the event's wire name
 * @param at      when it happened (system time of the command side)
 * @param actor   the user id of whoever caused it
 * @param summary one sentence saying what changed
 * @param data    the event's payload as it was received
 * @param changes for a correction of the child's or the case's details, {@code [{"field", "before", "after"}]}
 *                (decoded values); null for other events
 */
public record HistoryEntry(long sequence, String eventId, String type, Instant at, String actor, String role,
                           String agency, String correlationId, String summary, JsonNode data,
                           JsonNode changes) {
}
