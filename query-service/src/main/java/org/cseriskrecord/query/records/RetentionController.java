package org.cseriskrecord.query.records;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/retention/due}: the cases the last daily review found due for a retention decision (ADMIN only).
 * Ids, areas and dates only: the administrator decides on records, not on children.
 */
@RestController
class RetentionController {
    private final JdbcClient jdbc;

    RetentionController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param listedOn the day of the review that made the list; null before the first review */
    record RetentionDue(LocalDate listedOn, List<DueCase> cases) {
    }

    /** @param lookedAfter whether the looked-after schedule applied */
    record DueCase(String caseId, String area, LocalDate retentionDate, boolean lookedAfter) {
    }

    @GetMapping("/api/retention/due")
    RetentionDue due() {
        var listedOn = jdbc.sql("select listed_on from retention_review where id = 1").query(LocalDate.class)
                .optional().orElse(null);
        var cases = jdbc.sql("""
                        select case_id, area, retention_date, looked_after from retention_due
                        order by retention_date, case_id""")
                .query((rs, n) -> new DueCase(rs.getString("case_id"), rs.getString("area"),
                        rs.getObject("retention_date", LocalDate.class), rs.getBoolean("looked_after")))
                .list();
        return new RetentionDue(listedOn, cases);
    }
}
