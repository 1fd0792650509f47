package org.cseriskrecord.query.consumption;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.events.CaseEventTypes;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.EventJson;
import org.cseriskrecord.query.support.Actor;
import org.cseriskrecord.query.support.CaseScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EventRecordReaderTest {

    private final EventRecordReader reader = new EventRecordReader();

    @Test
    void reads_the_envelope_and_decodes_the_payload_by_wire_name_and_revision() throws Exception {
        var script = new CaseScript(Instant.parse("2025-01-01T00:00:00Z"));
        var envelope = script.next(script.opened("CITY", CaseScript.child("A", LocalDate.of(2010, 1, 1), false)),
                Actor.PRACTITIONER);
        var value = EventJson.newMapper().writeValueAsString(envelope);

        var position = reader.position(script.caseId, value, new RecordHeaders());
        assertThat(position).isEqualTo(new RecordPosition(script.caseId, 0L, envelope.eventId(), "CaseOpened",
                CaseEventTypes.revision(CaseOpened.class)));
        var event = reader.decode(value, position);
        assertThat(event.event()).isInstanceOf(CaseOpened.class);
        assertThat(event.actor()).isEqualTo("practitioner");
        assertThat(event.occurredAt()).isEqualTo(envelope.occurredAt());
    }

    @Test
    void a_value_that_is_not_json_is_located_by_its_headers_and_rejected_without_quoting_it() {
        var headers = new RecordHeaders();
        headers.add(header(CaseEventEnvelope.Headers.AGGREGATE_ID, "case-1"));
        headers.add(header(CaseEventEnvelope.Headers.SEQUENCE, "7"));
        headers.add(header(CaseEventEnvelope.Headers.EVENT_ID, "evt-1"));
        headers.add(header(CaseEventEnvelope.Headers.TYPE, "IndicatorMarked"));
        headers.add(header(CaseEventEnvelope.Headers.REVISION, "1"));
        var position = reader.position("case-1", "{oops Jordan", headers);
        assertThat(position).isEqualTo(new RecordPosition("case-1", 7L, "evt-1", "IndicatorMarked", 1));
        var failure = catchThrowableOfType(() -> reader.decode("{oops Jordan", position), UndecodableEventException.class);
        assertThat(failure.reason()).isEqualTo("The record value is not JSON").doesNotContain("Jordan");
    }

    @Test
    void a_record_without_case_or_sequence_cannot_be_located() {
        assertThat(reader.position(null, "[]", new RecordHeaders()).locatable()).isFalse();
        assertThat(reader.position("has spaces in it", "{}", new RecordHeaders()).caseId()).isNull();
    }

    @Test
    void a_newer_revision_than_this_service_reads_is_rejected() throws Exception {
        var script = new CaseScript(Instant.parse("2025-01-01T00:00:00Z"));
        var envelope = script.next(script.opened("CITY", CaseScript.child("A", LocalDate.of(2010, 1, 1), false)),
                Actor.PRACTITIONER);
        var newer = new CaseEventEnvelope(envelope.eventId(), envelope.type(), 9, envelope.caseId(), 0, 0,
                envelope.occurredAt(), envelope.metadata(), envelope.payload());
        var value = EventJson.newMapper().writeValueAsString(newer);
        assertThatThrownBy(() -> reader.decode(value, reader.position(null, value, new RecordHeaders())))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessage("Revision 9 of CaseOpened is newer than this service reads (up to revision "
                        + CaseEventTypes.revision(org.cseriskrecord.events.CaseOpened.class) + ")");
    }

    /** Whatever a mismatching payload holds, the reason names the field, never the value. */
    @ParameterizedTest
    @MethodSource("secrets")
    void reasons_never_quote_values_of_the_payload(String secret) throws Exception {
        var script = new CaseScript(Instant.parse("2025-01-01T00:00:00Z"));
        var envelope = script.next(script.opened("CITY", CaseScript.child("A", LocalDate.of(2010, 1, 1), false)),
                Actor.PRACTITIONER);
        ((ObjectNode) envelope.payload().get("child")).put("dateOfBirth", secret);
        ((ObjectNode) envelope.payload().get("child")).put("learningDifficulty", secret);
        var value = EventJson.newMapper().writeValueAsString(envelope);
        var failure = catchThrowableOfType(() -> reader.decode(value, reader.position(null, value, new RecordHeaders())),
                UndecodableEventException.class);
        assertThat(failure.reason()).startsWith("The payload of CaseOpened revision "
                        + CaseEventTypes.revision(org.cseriskrecord.events.CaseOpened.class)
                        + " does not match the contract at child.")
                .doesNotContain(secret);
    }

    /** Names, dates, numbers and random letters, as a child's record might hold them. */
    static Stream<String> secrets() {
        var random = new Random(20251126);
        var generated = Stream.generate(() -> {
            var letters = new StringBuilder();
            for (int i = 6 + random.nextInt(20); i > 0; i--) {
                letters.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
            }
            return letters.toString();
        }).limit(30);
        return Stream.concat(Stream.of("Jordan Smith", "2099-13-45", "12345678", "NG1 1AA", "Ünïcødé Näme"), generated);
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
