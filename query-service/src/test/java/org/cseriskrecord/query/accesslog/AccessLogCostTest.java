package org.cseriskrecord.query.accesslog;

import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.cseriskrecord.support.access.AccessLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;

/**
 * What writing the access log costs, measured in the same run against PostgreSQL's own insert rate: an access-log
 * row against a plain row of the same shape in a table without indexes or triggers, and against a whole logged read
 * of a case over HTTP. The numbers are printed for the record; the bounds only catch a log that got expensive.
 */
class AccessLogCostTest extends QueryServiceIntegrationTest {
    private static final int ROWS = 2000;
    private static final int READS = 200;

    @Autowired
    AccessLogStore store;

    @Test
    void writing_an_access_log_row_costs_about_a_plain_insert_and_a_small_part_of_a_read() {
        jdbc.sql("""
                create table if not exists plain_insert (entry_id varchar(100), at timestamptz, user_id varchar(200),
                  role varchar(50), agency varchar(200), case_id varchar(100), action varchar(100),
                  outcome varchar(10), service varchar(100))""").update();
        var caseId = "cost-" + UUID.randomUUID();
        // warm up both paths
        plainInserts(caseId, 200);
        logRows(caseId, 200);

        long plain = plainInserts(caseId, ROWS);
        long logged = logRows(caseId, ROWS);

        var script = new CaseScript(Instant.parse("2025-07-01T09:00:00Z"));
        send(script.next(script.opened("CITY", CaseScript.child("Kit Example", LocalDate.of(2012, 2, 2), false)),
                PRACTITIONER));
        awaitCase(script.caseId, c -> true);
        for (int i = 0; i < 20; i++) {
            get("/api/cases/" + script.caseId, "practitioner");
        }
        long reads = System.nanoTime();
        for (int i = 0; i < READS; i++) {
            assertThat(get("/api/cases/" + script.caseId, "practitioner").getStatusCode().value()).isEqualTo(200);
        }
        reads = System.nanoTime() - reads;
        jdbc.sql("drop table plain_insert").update();

        double plainMicros = plain / 1000.0 / ROWS;
        double logMicros = logged / 1000.0 / ROWS;
        double readMicros = reads / 1000.0 / READS;
        System.out.printf("ACCESS-LOG COST: plain insert %.0f µs/row (%.0f rows/s), access-log row %.0f µs/row "
                        + "(%.0f rows/s, %.2f× a plain insert), logged case read %.0f µs (log row = %.1f%% of it)%n",
                plainMicros, 1e6 / plainMicros, logMicros, 1e6 / logMicros, logMicros / plainMicros, readMicros,
                100 * logMicros / readMicros);
        assertThat(logMicros / plainMicros).as("an access-log row against a plain insert").isLessThan(3.0);
        assertThat(logMicros / readMicros).as("the log's share of a case read").isLessThan(0.5);
    }

    private long plainInserts(String caseId, int rows) {
        long start = System.nanoTime();
        for (int i = 0; i < rows; i++) {
            jdbc.sql("""
                            insert into plain_insert (entry_id, at, user_id, role, agency, case_id, action, outcome,
                                                      service)
                            values (:id, :at, 'practitioner', 'PRACTITIONER', 'Police', :caseId, 'VIEW_CASE',
                                    'ALLOWED', 'query-service')""")
                    .param("id", UUID.randomUUID().toString())
                    .param("at", Timestamp.from(Instant.now()))
                    .param("caseId", caseId)
                    .update();
        }
        return System.nanoTime() - start;
    }

    private long logRows(String caseId, int rows) {
        long start = System.nanoTime();
        for (int i = 0; i < rows; i++) {
            store.record(new AccessLogEntry(UUID.randomUUID().toString(), Instant.now(), "practitioner",
                    "PRACTITIONER", "Police", caseId, "VIEW_CASE", AccessLogEntry.Outcome.ALLOWED, "query-service"));
        }
        return System.nanoTime() - start;
    }
}
