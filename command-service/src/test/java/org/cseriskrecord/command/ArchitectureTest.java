package org.cseriskrecord.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The case file's layers: web (HTTP, shapes checked) → application (sends commands, keeps the indexes) → model (the
 * case record and its rules). Infrastructure (Axon's storage, Kafka) plugs in from the side: it implements what the
 * model and application ask for and is reached by nobody. Run with the unit tests, so a change that crosses a layer
 * fails the build.
 */
class ArchitectureTest {

    private static final String ROOT = "org.cseriskrecord.command";

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void web_calls_application_calls_model_and_nothing_calls_infrastructure() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Web").definedBy(ROOT + ".casefile.web..")
                .layer("Application").definedBy(ROOT + ".casefile.application..")
                .layer("Model").definedBy(ROOT + ".casefile.model..")
                .layer("Infrastructure").definedBy(ROOT + ".infrastructure..")
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Application", "Web", "Infrastructure")
                .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
                .check(SERVICE);
    }

    @Test
    void the_model_knows_nothing_of_http_sql_kafka_or_the_services_web_support() {
        noClasses().that().resideInAPackage(ROOT + ".casefile.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.jdbc..", "org.springframework.kafka..",
                        "org.apache.kafka..", "jakarta.servlet..", "jakarta.validation..",
                        "org.cseriskrecord.support.web..", "org.cseriskrecord.support.access..")
                .check(SERVICE);
    }

    @Test
    void the_application_layer_uses_no_http_or_web_support_classes() {
        noClasses().that().resideInAPackage(ROOT + ".casefile.application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "jakarta.servlet..", "org.cseriskrecord.support.web..",
                        "org.springframework.kafka..", "org.apache.kafka..")
                .check(SERVICE);
    }
}
