package org.cseriskrecord.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kafka record value on {@code cse.case-events}, as other agencies' systems read it. */
class CaseEventEnvelopeTest {

    private final ObjectMapper mapper = EventJson.newMapper();
    private final CaseEventCodec codec = new CaseEventCodec(mapper, EventUpcasters.contract());

    private CaseEventEnvelope envelopeOf(CaseEvent event) {
        return new CaseEventEnvelope(
                "00000000-0000-4000-8000-0000000e0001",
                CaseEventTypes.wireName(event.getClass()),
                CaseEventTypes.revision(event.getClass()),
                event.caseId(),
                7,
                12_345_678_901L,
                Instant.parse("2026-02-03T09:15:30.123456Z"),
                new EventMetadata("practitioner", "PRACTITIONER", "Police", "00000000-0000-4000-8000-00000000c0c0"),
                codec.toJson(event));
    }

    @Test
    void the_topic_and_header_names_are_the_published_ones() {
        assertThat(CaseEventEnvelope.TOPIC).isEqualTo("cse.case-events");
        assertThat(CaseEventEnvelope.Headers.EVENT_ID).isEqualTo("cse-event-id");
        assertThat(CaseEventEnvelope.Headers.TYPE).isEqualTo("cse-event-type");
        assertThat(CaseEventEnvelope.Headers.REVISION).isEqualTo("cse-event-revision");
        assertThat(CaseEventEnvelope.Headers.AGGREGATE_ID).isEqualTo("cse-aggregate-id");
        assertThat(CaseEventEnvelope.Headers.SEQUENCE).isEqualTo("cse-sequence");
    }

    @Test
    void an_envelope_is_written_as_the_published_json() throws Exception {
        var envelope = envelopeOf(ContractFixtures.expected("IndicatorWithdrawn", 1).orElseThrow());

        JsonNode written = mapper.readTree(mapper.writeValueAsString(envelope));

        assertThat(written).isEqualTo(publishedEnvelope());
    }

    @Test
    void an_envelope_survives_a_json_round_trip() throws Exception {
        var envelope = envelopeOf(ContractFixtures.expected("CaseOpened", 1).orElseThrow());

        var read = mapper.readValue(mapper.writeValueAsBytes(envelope), CaseEventEnvelope.class);

        assertThat(read).isEqualTo(envelope);
        assertThat(codec.fromJson(read.type(), read.revision(), read.payload()))
                .isEqualTo(ContractFixtures.expected("CaseOpened", 1).orElseThrow());
    }

    @Test
    void instants_are_iso_8601_in_utc_and_dates_are_year_month_day() throws Exception {
        var envelope = envelopeOf(ContractFixtures.expected("CaseOpened", 1).orElseThrow());

        JsonNode written = mapper.readTree(mapper.writeValueAsString(envelope));

        assertThat(written.get("occurredAt").isTextual()).isTrue();
        assertThat(written.get("occurredAt").asText()).isEqualTo("2026-02-03T09:15:30.123456Z");
        assertThat(written.at("/payload/child/dateOfBirth").isTextual()).isTrue();
        assertThat(written.at("/payload/child/dateOfBirth").asText()).isEqualTo("2012-03-04");
    }

    @Test
    void a_consumer_reads_the_published_envelope_and_ignores_fields_it_does_not_know() throws Exception {
        ObjectNode published = publishedEnvelope();
        published.put("addedLater", "ignored");
        ((ObjectNode) published.get("metadata")).put("addedLater", "ignored");

        var read = mapper.treeToValue(published, CaseEventEnvelope.class);

        assertThat(read).isEqualTo(envelopeOf(ContractFixtures.expected("IndicatorWithdrawn", 1).orElseThrow()));
    }

    private ObjectNode publishedEnvelope() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/envelope.json")) {
            return (ObjectNode) mapper.readTree(in);
        }
    }
}
