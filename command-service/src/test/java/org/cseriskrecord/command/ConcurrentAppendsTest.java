package org.cseriskrecord.command;

import org.cseriskrecord.events.CaseEventEnvelope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent transactions commit out of order, leaving temporary gaps in the global index. The publisher's
 * gap-aware token must still publish every event once they commit, and each case's events in order.
 */
class ConcurrentAppendsTest extends SharedInfrastructureTest {

    @Test
    void every_event_of_concurrently_written_cases_reaches_the_topic_in_case_order() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> work = new ArrayList<>();
            for (int n = 0; n < 16; n++) {
                var opener = n % 2 == 0 ? "practitioner" : "practitioner2";
                work.add(() -> {
                    var caseId = openCase(opener);
                    var assessmentId = startAssessment(opener, caseId, "2026-10-01");
                    post(opener, "/api/assessments/" + assessmentId + "/indicators",
                            Map.of("code", "LOW_MOOD_SWINGS", "evidence", "Noted by school"));
                    return caseId;
                });
            }
            var caseIds = new ArrayList<String>();
            for (var future : pool.invokeAll(work)) {
                caseIds.add(future.get());
            }
            for (var caseId : caseIds) {
                assertThat(storedEvents(caseId)).isEqualTo(3);
                var records = topicRecordsOf(caseId, 3);
                assertThat(records).extracting(r -> header(r, CaseEventEnvelope.Headers.SEQUENCE))
                        .startsWith("0", "1", "2");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
