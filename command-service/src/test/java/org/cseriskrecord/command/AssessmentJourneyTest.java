package org.cseriskrecord.command;

import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.events.CaseEventTypes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentJourneyTest extends SharedInfrastructureTest {

    @Test
    void a_complete_assessment_is_stored_by_wire_name_and_published_to_kafka_in_order_with_its_headers()
            throws Exception {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2026-11-01");
        assertThat(post("practitioner", "/api/assessments/" + assessmentId + "/indicators",
                Map.of("code", "HIGH_MEETING_UNKNOWN_ADULTS", "evidence", "Seen getting into a car with an adult"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(post("practitioner", "/api/assessments/" + assessmentId + "/evidence",
                Map.of("indicatorCode", "HIGH_MEETING_UNKNOWN_ADULTS", "text", "School reports the same",
                        "source", "School", "observedOn", "2026-10-30")).getStatusCode().value()).isEqualTo(204);
        assertThat(put("practitioner", "/api/assessments/" + assessmentId + "/analysis",
                Map.of("analysis", "Immediate risk", "locationsOfConcern", List.of("Bus station"),
                        "personsOfConcern", List.of("'Dee'"), "assessedLevel", "HIGH"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(post("practitioner", "/api/assessments/" + assessmentId + "/submission", null)
                .getStatusCode().value()).isEqualTo(204);
        // A manager of the practitioner's own agency (Police), who did not write it: four-eyes.
        assertThat(post("manager", "/api/assessments/" + assessmentId + "/authorisation",
                Map.of("comments", "Agreed")).getStatusCode().value()).isEqualTo(204);

        var stored = jdbc.sql("select payload_type, payload_revision, convert_from(payload, 'UTF8') as payload, "
                        + "convert_from(meta_data, 'UTF8') as meta, sequence_number from domain_event_entry "
                        + "where aggregate_identifier = ? order by sequence_number")
                .param(caseId).query().listOfRows();
        assertThat(stored).extracting(r -> r.get("payload_type")).containsExactly("CaseOpened", "AssessmentStarted",
                "IndicatorMarked", "EvidenceAdded", "AnalysisRecorded", "AssessmentSubmitted", "ManagerAuthorised");
        assertThat(stored).allSatisfy(r -> assertThat(r.get("payload_revision")).isEqualTo(String.valueOf(
                CaseEventTypes.revision(CaseEventTypes.byWireName((String) r.get("payload_type")).orElseThrow()))));
        var submittedPayload = json.readTree((String) stored.get(5).get("payload"));
        assertThat(submittedPayload.get("suggestedLevel").asText()).isEqualTo("HIGH");
        assertThat(submittedPayload.get("ruleFired").asText()).contains("Meeting unknown adults");
        var authorisedMeta = json.readTree((String) stored.get(6).get("meta"));
        assertThat(authorisedMeta.get("userId").asText()).isEqualTo("manager");
        assertThat(authorisedMeta.get("role").asText()).isEqualTo("MANAGER");
        assertThat(authorisedMeta.get("agency").asText()).isEqualTo("Police");
        assertThat(authorisedMeta.get("correlationId").asText()).startsWith("test-");

        var records = topicRecordsOf(caseId, 7);
        assertThat(records).hasSize(7);
        assertThat(records).extracting(r -> header(r, CaseEventEnvelope.Headers.TYPE)).containsExactly(
                "CaseOpened", "AssessmentStarted", "IndicatorMarked", "EvidenceAdded", "AnalysisRecorded",
                "AssessmentSubmitted", "ManagerAuthorised");
        assertThat(records).extracting(r -> header(r, CaseEventEnvelope.Headers.SEQUENCE))
                .containsExactly("0", "1", "2", "3", "4", "5", "6");
        assertThat(records).allSatisfy(r -> {
            assertThat(header(r, CaseEventEnvelope.Headers.AGGREGATE_ID)).isEqualTo(caseId);
            assertThat(header(r, CaseEventEnvelope.Headers.REVISION)).isEqualTo(String.valueOf(CaseEventTypes.revision(
                    CaseEventTypes.byWireName(header(r, CaseEventEnvelope.Headers.TYPE)).orElseThrow())));
            assertThat(header(r, CaseEventEnvelope.Headers.EVENT_ID)).isNotBlank();
        });
        var envelope = json.readValue(records.get(2).value(), CaseEventEnvelope.class);
        assertThat(envelope.caseId()).isEqualTo(caseId);
        assertThat(envelope.type()).isEqualTo("IndicatorMarked");
        assertThat(envelope.metadata().userId()).isEqualTo("practitioner");
        assertThat(envelope.metadata().agency()).isEqualTo("Police");
        assertThat(envelope.payload().get("code").asText()).isEqualTo("HIGH_MEETING_UNKNOWN_ADULTS");
        assertThat(envelope.occurredAt()).isNotNull();
    }

    @Test
    void a_reassessment_carries_forward_the_indicators_of_the_authorised_assessment() throws Exception {
        var caseId = openCase("practitioner");
        var first = startAssessment("practitioner", caseId, "2026-06-01");
        post("practitioner", "/api/assessments/" + first + "/indicators",
                Map.of("code", "MEDIUM_MISSING_FROM_HOME_OR_CARE", "evidence", "Missing three nights"));
        post("practitioner", "/api/assessments/" + first + "/indicators",
                Map.of("code", "MEDIUM_UNKNOWN_VEHICLES", "evidence", "Seen in unknown cars"));
        put("practitioner", "/api/assessments/" + first + "/analysis",
                Map.of("analysis", "Medium risk", "assessedLevel", "MEDIUM"));
        post("practitioner", "/api/assessments/" + first + "/submission", null);
        assertThat(post("manager", "/api/assessments/" + first + "/authorisation", Map.of())
                .getStatusCode().value()).isEqualTo(204);

        var second = startAssessment("practitioner", caseId, "2026-11-01");
        var started = jdbc.sql("select convert_from(payload, 'UTF8') from domain_event_entry where "
                        + "aggregate_identifier = ? and payload_type = 'AssessmentStarted' order by sequence_number desc limit 1")
                .param(caseId).query(String.class).single();
        var payload = json.readTree(started);
        assertThat(payload.get("assessmentId").asText()).isEqualTo(second);
        assertThat(payload.get("previousAssessmentId").asText()).isEqualTo(first);
        assertThat(payload.get("carriedForward")).extracting(n -> n.get("code").asText())
                .containsExactly("MEDIUM_MISSING_FROM_HOME_OR_CARE", "MEDIUM_UNKNOWN_VEHICLES");

        // Unconfirmed carried-forward indicators block submission until confirmed or withdrawn.
        put("practitioner", "/api/assessments/" + second + "/analysis",
                Map.of("analysis", "Still medium", "assessedLevel", "MEDIUM"));
        var refused = post("practitioner", "/api/assessments/" + second + "/submission", null);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("unmetRequirements")).hasSize(2);

        post("practitioner", "/api/assessments/" + second + "/indicators", Map.of("code", "MEDIUM_UNKNOWN_VEHICLES"));
        assertThat(post("practitioner", "/api/assessments/" + second + "/indicators/MEDIUM_MISSING_FROM_HOME_OR_CARE/withdrawal",
                Map.of("reason", "No missing episodes since June")).getStatusCode().value()).isEqualTo(204);
        // One MEDIUM indicator is now below threshold: assessing MEDIUM stays allowed (above the suggestion).
        assertThat(post("practitioner", "/api/assessments/" + second + "/submission", null)
                .getStatusCode().value()).isEqualTo(204);

        // The case was rebuilt from Jackson snapshots along the way (threshold 4 in tests), and still obeyed its rules.
        assertThat(jdbc.sql("select count(*) from snapshot_event_entry where aggregate_identifier = ?")
                .param(caseId).query(Long.class).single()).isPositive();
        // Snapshots carry the aggregate's @Revision, so that snapshots of an older shape are ignored, not misread.
        assertThat(jdbc.sql("select distinct payload_revision from snapshot_event_entry where aggregate_identifier = ?")
                .param(caseId).query(String.class).list()).containsExactly("5");
        // ... and are encrypted with the case's key as a whole, all but the case id (the rebuilt case above obeyed
        // its rules, so they were read back).
        assertThat(jdbc.sql("select convert_from(payload, 'UTF8') from snapshot_event_entry where "
                        + "aggregate_identifier = ? order by sequence_number desc limit 1")
                .param(caseId).query(String.class).single())
                .contains("\"caseId\"", "\"$enc\"").doesNotContain("\"professionals\"", "\"placement\"");
    }
}
