package org.cseriskrecord.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.events.EventJson;
import org.cseriskrecord.query.web.UnknownCaseException;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/cases/{caseId}/history}: every event of the case, oldest first. Who may: the access matrix. */
@RestController
class HistoryController {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json = EventJson.newMapper();

    HistoryController(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @GetMapping("/api/cases/{caseId}/history")
    List<HistoryEntry> history(@PathVariable String caseId) {
        var entries = jdbc.sql("""
                        select sequence, event_id, type, occurred_at, actor, role, agency, correlation_id, summary, data,
                               changes::text as changes
                        from case_history where case_id = :caseId order by sequence""")
                .param("caseId", caseId)
                .query((rs, n) -> new HistoryEntry(rs.getLong("sequence"), rs.getString("event_id"),
                        rs.getString("type"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("role"), rs.getString("agency"), rs.getString("correlation_id"),
                        rs.getString("summary"), tree(caseId, rs.getString("data")),
                        rs.getString("changes") == null ? null : tree(caseId, rs.getString("changes"))))
                .list();
        if (entries.isEmpty()) {
            throw new UnknownCaseException();
        }
        return entries;
    }

    /** The payload as received, its personal values decrypted (null once the case's key was destroyed). */
    private JsonNode tree(String caseId, String stored) {
        try {
            return cipher.decrypt(caseId, json.readTree(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event data cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
