package org.cseriskrecord.query.accesslog;

import org.cseriskrecord.support.access.AccessLog;
import org.cseriskrecord.support.access.AccessLogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The access log's table ({@code access_log}, V31): entries of this service written directly, command-service's
 * arriving through {@link AccessLogListener}. Each entry is stored once (by its id); the table refuses updates and
 * deletes.
 */
@Component
class AccessLogStore implements AccessLog {
    static final int MAX_ROWS = 1000;

    private final JdbcClient jdbc;

    AccessLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AccessLogEntry e) {
        jdbc.sql("""
                        insert into access_log (entry_id, at, user_id, role, agency, case_id, action, outcome, service)
                        values (:id, :at, :user, :role, :agency, :caseId, :action, :outcome, :service)
                        on conflict (entry_id) do nothing""")
                .param("id", e.entryId())
                .param("at", Timestamp.from(e.at()))
                .param("user", e.user())
                .param("role", e.role())
                .param("agency", e.agency())
                .param("caseId", e.caseId())
                .param("action", e.action())
                .param("outcome", e.outcome().name())
                .param("service", e.service())
                .update();
    }

    /** Newest first. */
    List<AccessLogEntry> ofCase(String caseId) {
        return jdbc.sql("select * from access_log where case_id = :caseId order by at desc, entry_id limit "
                        + MAX_ROWS)
                .param("caseId", caseId)
                .query(AccessLogStore::entry)
                .list();
    }

    /** Newest first; each condition only when given; {@code to} is exclusive. */
    List<AccessLogEntry> find(String user, Instant from, Instant to) {
        var conditions = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        if (user != null) {
            conditions.add("user_id = :user");
            params.put("user", user);
        }
        if (from != null) {
            conditions.add("at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            conditions.add("at < :to");
            params.put("to", Timestamp.from(to));
        }
        var where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select * from access_log" + where + " order by at desc, entry_id limit " + MAX_ROWS)
                .params(params)
                .query(AccessLogStore::entry)
                .list();
    }

    private static AccessLogEntry entry(ResultSet rs, int n) throws SQLException {
        return new AccessLogEntry(rs.getString("entry_id"), rs.getTimestamp("at").toInstant(), rs.getString("user_id"),
                rs.getString("role"), rs.getString("agency"), rs.getString("case_id"), rs.getString("action"),
                AccessLogEntry.Outcome.valueOf(rs.getString("outcome")), rs.getString("service"));
    }
}
