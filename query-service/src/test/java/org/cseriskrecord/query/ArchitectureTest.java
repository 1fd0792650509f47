package org.cseriskrecord.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * query-service is organised by concept (one package a view: its projection, its tables, its reader, its
 * endpoint), so its layers run inside each package: controller → reader → tables, and projection → tables. These
 * rules keep them apart; they run with the unit tests.
 */
class ArchitectureTest {

    private static final String ROOT = "org.cseriskrecord.query";

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void controllers_hold_no_sql_they_ask_a_reader() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(SERVICE);
    }

    @Test
    void nothing_calls_a_controller() {
        noClasses().should().dependOnClassesThat().areAnnotatedWith(RestController.class)
                .check(SERVICE);
    }

    @Test
    void projections_know_nothing_of_http() {
        noClasses().that().implement(CaseProjection.class)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "jakarta.servlet..", "org.cseriskrecord.support.web..",
                        ROOT + ".web..")
                .check(SERVICE);
    }

    @Test
    void kafka_is_reached_only_by_the_consumers() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".consumption..", ROOT + ".accesslog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .check(SERVICE);
    }

    @Test
    void the_storage_helpers_depend_on_no_view() {
        classes().that().resideInAPackage(ROOT + ".storage..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage(ROOT + "..")
                .orShould().onlyDependOnClassesThat().resideInAPackage(ROOT + ".storage..")
                .check(SERVICE);
    }
}
