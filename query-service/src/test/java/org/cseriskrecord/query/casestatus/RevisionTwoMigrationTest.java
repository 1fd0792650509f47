package org.cseriskrecord.query.casestatus;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.events.EventJson;
import org.cseriskrecord.query.outcome.OutcomeView;
import org.cseriskrecord.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read side built before revision 2 keeps working after it: V5 reads the stored child details as the event
 * upcasters read revision 1 (true/false as YES/NO, census codes not recorded), and the stored outcomes as the new
 * outcome shape without guessing what was not recorded.
 */
class RevisionTwoMigrationTest {

    private final ObjectMapper json = EventJson.newMapper();

    @Test
    void rows_written_before_revision_2_are_read_with_yes_and_no_answers_and_the_new_outcome_shape() throws Exception {
        var db = TestInfrastructure.freshDatabase("cse_query_migration");
        var dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("4").load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                        insert into case_status (case_id, area, child, updated_at)
                        values ('c1', 'COUNTY', cast(:child as jsonb), now())""")
                .param("child", "{\"name\":\"Old Example\",\"dateOfBirth\":\"2011-01-01\",\"learningDifficulty\":true,"
                        + "\"childProtectionPlan\":false,\"participation\":[]}")
                .update();
        jdbc.sql("""
                        insert into case_status_assessment (assessment_id, case_id, started_sequence, status,
                            assessment_date, catalogue_version, started_at, outcome, assessed_level)
                        values ('a1', 'c1', 1, 'AUTHORISED', date '2025-01-01', 'notts-cse-2017-02', now(),
                                cast(:outcome as jsonb), 'MEDIUM')""")
                .param("outcome", json.writeValueAsString(OutcomeView.unavailable(null)).replace(
                        ",\"learningDifficulty\":null,\"floorWithIndicators\":false,"
                                + "\"learningDifficultyToConfirm\":false,\"responses\":{}", ""))
                .update();
        assertThat(jdbc.sql("select jsonb_exists(outcome, 'responses') from case_status_assessment").query(Boolean.class).single())
                .as("the outcome as stored before revision 2").isFalse();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        var child = json.readTree(jdbc.sql("select child from case_status where case_id = 'c1'")
                .query(String.class).single());
        assertThat(child.get("learningDifficulty").asText()).isEqualTo("YES");
        assertThat(child.get("childProtectionPlan").asText()).isEqualTo("NO");
        assertThat(child.get("genderCode").isNull()).isTrue();
        assertThat(child.get("disabilityCodes")).isEmpty();
        var outcome = json.readValue(jdbc.sql("select outcome from case_status_assessment where assessment_id = 'a1'")
                .query(String.class).single(), OutcomeView.class);
        assertThat(outcome.floorWithIndicators()).isFalse();
        assertThat(outcome.learningDifficulty()).isNull();
        assertThat(jdbc.sql("select authorised_level from case_status_assessment where assessment_id = 'a1'")
                .query(String.class).single()).isEqualTo("MEDIUM");
    }
}
