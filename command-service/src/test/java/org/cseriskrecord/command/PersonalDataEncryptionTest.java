package org.cseriskrecord.command;

import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The child's personal data never lies in clear in the event store, its snapshots or on the topic: a case is
 * opened with distinctive values, and the raw bytes of every place they travel are searched for them, as text and
 * as hex. The same values are read back with the case's key, so the search cannot pass by looking in the wrong place.
 */
class PersonalDataEncryptionTest extends SharedInfrastructureTest {
    private static final String NAME = "Oriel Vantablack-Quince";
    private static final String ADDRESS = "42 Thistledown Crescent";
    private static final String NICKNAME = "Stingray Halloway";
    private static final String PROFESSIONAL = "Constable Wenlock Brambery";
    private static final List<String> PERSONAL = List.of(NAME, ADDRESS, NICKNAME, PROFESSIONAL);

    @Autowired
    PersonalDataCipher cipher;

    @Test
    void personal_values_are_encrypted_in_the_event_store_its_snapshots_and_on_the_topic() {
        var child = new HashMap<>(child("2011-04-02", false));
        child.put("name", NAME);
        child.put("address", ADDRESS);
        var opened = post("practitioner", "/api/cases", Map.of("area", "COUNTY", "child", child,
                "professionals", List.of(Map.of("name", PROFESSIONAL, "jobTitle", "PC"))));
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        var caseId = opened.getBody().get("caseId").asText();
        var assessmentId = startAssessment("practitioner", caseId, "2026-01-10");
        for (var code : List.of("LOW_MOOD_SWINGS", "LOW_RETURNING_HOME_LATE", "LOW_SECRETIVE_BEHAVIOUR")) {
            assertThat(post("practitioner", "/api/assessments/" + assessmentId + "/indicators", Map.of("code", code,
                    "evidence", "Seen getting into a car with an adult known as '" + NICKNAME + "'"))
                    .getStatusCode().value()).isEqualTo(204);
        }
        long events = storedEvents(caseId);

        var stored = new ArrayList<byte[]>();
        stored.addAll(jdbc.sql("select payload from domain_event_entry where aggregate_identifier = ?").param(caseId)
                .query(byte[].class).list());
        stored.addAll(jdbc.sql("select meta_data from domain_event_entry where aggregate_identifier = ?").param(caseId)
                .query(byte[].class).list());
        var snapshots = jdbc.sql("select payload from snapshot_event_entry where aggregate_identifier = ?")
                .param(caseId).query(byte[].class).list();
        assertThat(snapshots).as("a snapshot was taken (threshold 4 in tests)").isNotEmpty();
        stored.addAll(snapshots);
        var topic = topicRecordsOf(caseId, (int) events);
        assertThat(topic).hasSize((int) events);
        for (var record : topic) {
            stored.add(record.value());
            record.headers().forEach(h -> stored.add(h.value()));
        }

        for (var bytes : stored) {
            for (var value : PERSONAL) {
                assertThat(contains(bytes, value)).as("'%s' in clear or hex", value).isFalse();
            }
        }

        // The same bytes, read with the case's key, do hold the values: the search looked where they are.
        var clear = new StringBuilder();
        jdbc.sql("select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?")
                .param(caseId).query(String.class).list()
                .forEach(p -> clear.append(cipher.decrypt(caseId, read(p))));
        topic.forEach(r -> clear.append(cipher.decrypt(caseId, read(new String(r.value(), StandardCharsets.UTF_8)))));
        snapshots.forEach(s -> clear.append(cipher.decrypt(caseId, read(new String(s, StandardCharsets.UTF_8)))));
        for (var value : PERSONAL) {
            assertThat(clear.toString()).contains(value);
        }
    }

    @Test
    void a_key_store_that_cannot_be_reached_refuses_the_change_with_503_and_nothing_is_stored() {
        var keysDb = TestInfrastructure.keyStoreProperties("cse_command_test").get("cse.keys.url");
        var name = keysDb.substring(keysDb.lastIndexOf('/') + 1);
        long before = allStoredEvents();
        jdbc.sql("alter database " + name + " allow_connections false").update();
        try {
            jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = ?").param(name)
                    .query(Boolean.class).list();
            var response = post("practitioner", "/api/cases", Map.of("area", "COUNTY",
                    "child", child("2011-04-02", false)));
            assertThat(response.getStatusCode().value()).isEqualTo(503);
            assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(response.getBody().get("detail").asText()).contains("nothing was recorded");
            assertThat(allStoredEvents()).isEqualTo(before);
        } finally {
            jdbc.sql("alter database " + name + " allow_connections true").update();
        }
        assertThat(post("practitioner", "/api/cases", Map.of("area", "COUNTY", "child", child("2011-04-02", false)))
                .getStatusCode().value()).as("once the key store is back").isEqualTo(201);
    }

    private com.fasterxml.jackson.databind.JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether the value is in the bytes as UTF-8 text, or as its hex (either case). */
    static boolean contains(byte[] bytes, String value) {
        var haystack = new String(bytes, StandardCharsets.ISO_8859_1);
        var utf8 = value.getBytes(StandardCharsets.UTF_8);
        var hex = HexFormat.of().formatHex(utf8);
        return haystack.contains(new String(utf8, StandardCharsets.ISO_8859_1))
                || haystack.toLowerCase().contains(hex) || haystack.contains(hex.toUpperCase());
    }
}
