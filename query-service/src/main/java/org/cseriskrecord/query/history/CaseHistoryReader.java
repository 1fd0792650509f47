package org.cseriskrecord.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.query.storage.StoredJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.cseriskrecord.query.storage.Columns.instant;

/** Reads a case's audit history ({@code case_history}) oldest first, personal values decrypted. */
@Component
class CaseHistoryReader {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final StoredJson json;

    CaseHistoryReader(JdbcClient jdbc, PersonalDataCipher cipher, StoredJson json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    /** Every entry of the case; empty for a case the history does not know. */
    List<HistoryEntry> history(String caseId) {
        return jdbc.sql("""
                        select sequence, event_id, type, occurred_at, actor, role, agency, correlation_id, summary, data,
                               changes::text as changes
                        from case_history where case_id = :caseId order by sequence""")
                .param("caseId", caseId)
                .query((rs, n) -> new HistoryEntry(rs.getLong("sequence"), rs.getString("event_id"),
                        rs.getString("type"), instant(rs, "occurred_at"), rs.getString("actor"),
                        rs.getString("role"), rs.getString("agency"), rs.getString("correlation_id"),
                        rs.getString("summary"), tree(caseId, rs.getString("data")),
                        tree(caseId, rs.getString("changes"))))
                .list();
    }

    /** The payload as received, its personal values decrypted (null once the case's key was destroyed). */
    private JsonNode tree(String caseId, String stored) {
        return stored == null ? null : cipher.decrypt(caseId, json.tree(stored, "event data"));
    }
}
