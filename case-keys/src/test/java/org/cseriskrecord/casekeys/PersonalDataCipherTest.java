package org.cseriskrecord.casekeys;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cseriskrecord.events.CaseEventCodec;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.events.EvidenceAdded;
import org.cseriskrecord.events.EventJson;
import org.cseriskrecord.events.IndicatorMarked;
import org.cseriskrecord.events.ProfessionalDetails;
import org.cseriskrecord.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-case keys against a real PostgreSQL key database, and what the cipher leaves clear. */
class PersonalDataCipherTest {
    private static final String NAME = "Zebedee Quillfeather";
    private static final String ADDRESS = "17 Larkspur Wynd";

    static CaseKeys keys;
    static PersonalDataCipher cipher;
    static JdbcClient jdbc;
    static final CaseEventCodec codec = new CaseEventCodec();

    @BeforeAll
    static void keyStore() {
        var db = TestInfrastructure.freshDatabase("cse_keys_unit_test");
        var dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/case-keys").load().migrate();
        var kekFile = Path.of(TestInfrastructure.keyEncryptionKeyFile());
        jdbc = JdbcClient.create(dataSource);
        keys = new CaseKeys(jdbc, KeyEncryptionKey.fromFile(kekFile), Duration.ofMinutes(1), Clock.systemUTC());
        cipher = new PersonalDataCipher(keys, EventJson.newMapper());
    }

    static CaseOpened opened(String caseId) {
        var child = new ChildDetails(NAME, "Zeb", LocalDate.of(2011, 4, 2), "Male", null, null, "White British",
                null, null, ADDRESS, "ZZ9 9ZZ", null, "English", false, null, List.of(), null, "NO", null, "NO",
                "NOT_MISSING", List.of("CHILD"));
        return new CaseOpened(caseId, "COUNTY", child, List.of(new ProfessionalDetails("Officer Ambrose Tilly",
                "PC", null, "tilly@example.org")), null, "School nurse Pemberton");
    }

    @Test
    void personal_values_are_sealed_and_everything_else_stays_clear() {
        var caseId = UUID.randomUUID().toString();
        var json = cipher.encryptFields(caseId, CaseOpened.class, codec.toJson(opened(caseId)));
        var text = json.toString();
        assertThat(text).doesNotContain(NAME, ADDRESS, "Tilly", "Pemberton", "2011-04-02");
        assertThat(json.get("caseId").asText()).isEqualTo(caseId);
        assertThat(json.get("area").asText()).isEqualTo("COUNTY");
        assertThat(json.get("child").has(PersonalDataCipher.ENCRYPTED)).isTrue();
        assertThat(json.get("professionals").has(PersonalDataCipher.ENCRYPTED)).isTrue();
        assertThat(json.get("otherProfessionalsInvolved").has(PersonalDataCipher.ENCRYPTED)).isTrue();
        assertThat(json.get("placement").isNull()).isTrue();

        var back = codec.fromJson("CaseOpened", 2, cipher.decrypt(caseId, json));
        assertThat(back).isEqualTo(opened(caseId));
    }

    @Test
    void nested_evidence_text_is_sealed_but_its_id_and_date_are_not() {
        var caseId = UUID.randomUUID().toString();
        var event = new EvidenceAdded(caseId, "a1", "HIGH_X", new Evidence("e1", "Seen with 'Razor' at the arcade",
                "Police", LocalDate.of(2026, 1, 5)));
        var json = cipher.encryptFields(caseId, EvidenceAdded.class, codec.toJson(event));
        assertThat(json.toString()).doesNotContain("Razor", "Police").contains("e1", "2026-01-05", "HIGH_X");
        assertThat(codec.fromJson("EvidenceAdded", 1, cipher.decrypt(caseId, json))).isEqualTo(event);
    }

    @Test
    void an_event_without_personal_values_needs_no_key() {
        var caseId = UUID.randomUUID().toString();
        var json = cipher.encryptFields(caseId, IndicatorMarked.class,
                codec.toJson(new IndicatorMarked(caseId, "a1", "HIGH_X", "HIGH", null)));
        assertThat(PersonalDataCipher.containsEncrypted(json)).isFalse();
        assertThat(jdbc.sql("select count(*) from case_key where case_id = ?").param(caseId).query(Long.class)
                .single()).isZero();
    }

    @Test
    void the_key_is_stored_only_wrapped() {
        var caseId = UUID.randomUUID().toString();
        var key = keys.obtain(caseId);
        byte[] wrapped = jdbc.sql("select wrapped_key from case_key where case_id = ?").param(caseId)
                .query(byte[].class).single();
        assertThat(wrapped).hasSize(12 + 32 + 16);
        assertThat(java.util.Collections.indexOfSubList(bytes(wrapped), bytes(key.secret().getEncoded()))).isEqualTo(-1);
    }

    @Test
    void destroying_the_key_erases_every_sealed_value_and_it_is_never_created_again() {
        var caseId = UUID.randomUUID().toString();
        var json = cipher.encryptFields(caseId, CaseOpened.class, codec.toJson(opened(caseId)));
        keys.destroy(caseId);
        var erased = (ObjectNode) cipher.decrypt(caseId, json.deepCopy());
        assertThat(erased.get("child").isNull()).isTrue();
        assertThat(erased.get("professionals").isNull()).isTrue();
        assertThat(erased.get("area").asText()).isEqualTo("COUNTY");
        var read = (CaseOpened) codec.fromJson("CaseOpened", 2, erased);
        assertThat(read.child()).isNull();
        assertThat(read.professionals()).isEmpty();
        assertThat(keys.isDestroyed(caseId)).isTrue();
        assertThatThrownBy(() -> keys.obtain(caseId)).isInstanceOf(CaseKeyDestroyedException.class);
    }

    @Test
    void a_value_moved_to_another_case_does_not_open() {
        var first = UUID.randomUUID().toString();
        var second = UUID.randomUUID().toString();
        var sealed = cipher.encryptFields(first, CaseOpened.class, codec.toJson(opened(first)));
        keys.obtain(second);
        assertThatThrownBy(() -> cipher.decrypt(second, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void a_whole_document_keeps_only_its_case_id_in_clear() {
        var caseId = UUID.randomUUID().toString();
        var snapshot = codec.toJson(opened(caseId));
        var sealed = cipher.encryptWhole(caseId, snapshot.deepCopy());
        assertThat(sealed.size()).isEqualTo(2);
        assertThat(sealed.toString()).doesNotContain(NAME, "COUNTY");
        assertThat(cipher.decrypt(caseId, sealed)).isEqualTo(snapshot);
        keys.destroy(caseId);
        assertThat(cipher.decrypt(caseId, sealed).isNull()).isTrue();
    }

    @Test
    void the_key_encryption_key_file_must_hold_256_bits(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var file = dir.resolve("short");
        Files.writeString(file, java.util.Base64.getEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(() -> KeyEncryptionKey.fromFile(file)).hasMessageContaining("256");
    }

    private static List<Byte> bytes(byte[] array) {
        var list = new java.util.ArrayList<Byte>();
        for (byte b : array) list.add(b);
        return list;
    }
}
