package org.cseriskrecord.support.partnership;

import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service takes its partnership from here: one property (one environment variable) for the pathways. */
class PartnershipConfigurationTest {
    static final String SECOND_PARTNERSHIP = Path.of("..", "risk-model", "src", "test", "resources", "org",
            "cseriskrecord", "riskmodel", "pathway", "north-south.txt").toAbsolutePath().toString();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PartnershipAutoConfiguration.class));

    @Test
    void without_a_pathways_file_the_seeds_nottinghamshire_areas_and_police_and_health_apply() {
        runner.run(context -> {
            assertThat(context.getBean(Pathways.class).areas()).containsExactlyInAnyOrder("COUNTY", "CITY");
            assertThat(context.getBean(Partnership.class).agencies()).containsExactly("Police", "Health");
        });
    }

    @Test
    void a_second_partnerships_file_given_once_is_the_pathways_bean_every_service_uses() {
        runner.withPropertyValues("cse.partnership.pathways-file=" + SECOND_PARTNERSHIP).run(context ->
                assertThat(context.getBean(Pathways.class).areas()).containsExactlyInAnyOrder("NORTH", "SOUTH"));
    }

    @Test
    void the_local_profile_adds_the_demo_agencies_and_configured_agencies_replace_the_defaults() {
        runner.withPropertyValues("spring.profiles.active=local").run(context ->
                assertThat(context.getBean(Partnership.class).agencies()).containsExactly("Police", "Health",
                        "Education", "Children's Social Care", "Youth Justice"));
        runner.withPropertyValues("cse.partnership.agencies=Police,Probation").run(context ->
                assertThat(context.getBean(Partnership.class).isAgency("Probation")).isTrue());
    }

    @Test
    void an_unreadable_pathways_file_stops_the_service_naming_the_setting() {
        runner.withPropertyValues("cse.partnership.pathways-file=/nowhere/pathways.txt").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("/nowhere/pathways.txt"));
    }
}
