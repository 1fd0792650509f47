package org.cseriskrecord.command;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publishing under faults, over real PostgreSQL and Kafka, each bounded in time: the publisher stopped between storing
 * and publishing, a batch published again because its token was not stored, and an event whose transaction commits
 * after a later one's (a gap in the global index that closes).
 */
class PublishingFaultsTest extends SharedInfrastructureTest {

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    DataSource dataSource;

    private TrackingEventProcessor publisher() {
        return processing.eventProcessor("kafka-publisher", TrackingEventProcessor.class).orElseThrow();
    }

    private long publisherPosition() {
        return publisher().processingStatus().values().stream().map(EventTrackerStatus::getTrackingToken)
                .filter(java.util.Objects::nonNull).mapToLong(t -> t.position().orElse(-1)).min().orElse(-1);
    }

    private long globalIndexOf(String caseId, long sequence) {
        return jdbc.sql("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = ?").param(caseId).param(sequence).query(Long.class).single();
    }

    @Test
    void events_stored_while_the_publisher_is_stopped_are_all_published_in_case_order_when_it_starts_again() {
        publisher().shutDown();
        String caseId;
        try {
            caseId = openCase("practitioner");
            var assessmentId = startAssessment("practitioner", caseId, "2026-10-02");
            assertThat(post("practitioner", "/api/assessments/" + assessmentId + "/indicators",
                    Map.of("code", "LOW_MOOD_SWINGS", "evidence", "Noted by school")).getStatusCode()
                    .is2xxSuccessful()).isTrue();
            assertThat(storedEvents(caseId)).isEqualTo(3);
            assertThat(topicRecordsOf(caseId, 1)).as("published while the publisher was stopped").isEmpty();
        } finally {
            publisher().start();
        }
        var records = topicRecordsOf(caseId, 3);
        assertThat(records).extracting(r -> header(r, CaseEventEnvelope.Headers.SEQUENCE))
                .containsExactly("0", "1", "2");
    }

    @Test
    void a_batch_whose_token_was_not_stored_is_published_again_with_the_same_case_and_sequence() {
        var caseId = openCase("practitioner");
        startAssessment("practitioner", caseId, "2026-10-03");
        long first = globalIndexOf(caseId, 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> publisherPosition() >= globalIndexOf(caseId, 1));
        assertThat(topicRecordsOf(caseId, 2)).hasSize(2);

        // A crash after Kafka acknowledged the sends but before the token was stored: the token is where it was.
        publisher().shutDown();
        publisher().resetTokens(GapAwareTrackingToken.newInstance(first - 1, java.util.List.of()));
        publisher().start();

        var records = topicRecordsOf(caseId, 4);
        assertThat(records).extracting(r -> header(r, CaseEventEnvelope.Headers.SEQUENCE))
                .containsExactly("0", "1", "0", "1");
        assertThat(records).extracting(r -> header(r, CaseEventEnvelope.Headers.EVENT_ID))
                .containsExactly(header(records.get(0), CaseEventEnvelope.Headers.EVENT_ID),
                        header(records.get(1), CaseEventEnvelope.Headers.EVENT_ID),
                        header(records.get(0), CaseEventEnvelope.Headers.EVENT_ID),
                        header(records.get(1), CaseEventEnvelope.Headers.EVENT_ID));
    }

    @Test
    void an_event_committed_after_a_later_one_is_still_published() throws Exception {
        var slowCase = openCase("practitioner");
        var fastCase = openCase("practitioner");
        // A transaction takes a global index for slowCase's next event and holds it uncommitted...
        try (var held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            long slowIndex;
            try (var insert = held.prepareStatement("""
                    insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    select ?, aggregate_identifier, 1, type, time_stamp, payload_type, payload_revision, payload,
                           meta_data
                    from domain_event_entry where aggregate_identifier = ? and sequence_number = 0
                    returning global_index""")) {
                insert.setString(1, java.util.UUID.randomUUID().toString());
                insert.setString(2, slowCase);
                try (var result = insert.executeQuery()) {
                    result.next();
                    slowIndex = result.getLong(1);
                }
            }
            // ...while a later event (a higher index) commits and is published.
            try {
                startAssessment("practitioner", fastCase, "2026-10-04");
                long fastIndex = globalIndexOf(fastCase, 1);
                assertThat(fastIndex).isGreaterThan(slowIndex);
                await().atMost(Duration.ofSeconds(30)).until(() -> publisherPosition() >= fastIndex);
                assertThat(topicRecordsOf(fastCase, 2)).hasSize(2);
                assertThat(topicRecordsOf(slowCase, 2)).as("before its transaction commits").hasSize(1);
            } finally {
                held.commit(); // the earlier index commits last, within the processor's gap timeout
            }
        }
        // The tracking processor went back for it: nothing skipped.
        var records = topicRecordsOf(slowCase, 2);
        assertThat(records).extracting(r -> header(r, CaseEventEnvelope.Headers.SEQUENCE))
                .containsExactly("0", "1");
    }
}
