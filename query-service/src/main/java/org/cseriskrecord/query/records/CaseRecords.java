package org.cseriskrecord.query.records;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What records management says about a case, for the other views. */
@Component
public class CaseRecords {
    private final JdbcClient jdbc;

    CaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the case's personal data was erased. */
    public boolean erased(String caseId) {
        return jdbc.sql("select count(*) from case_records where case_id = :caseId and erased_at is not null")
                .param("caseId", caseId).query(Long.class).single() > 0;
    }
}
