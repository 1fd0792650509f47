package org.cseriskrecord.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The contract is plain Java and JSON: other agencies' systems and both services depend on it, so no framework of
 * either service may leak into it.
 */
class ArchitectureTest {

    private static final JavaClasses CONTRACT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cseriskrecord.events");

    @Test
    void the_contract_does_not_depend_on_spring_axon_jakarta_or_kafka() {
        noClasses().that().resideInAPackage("org.cseriskrecord.events..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.axonframework..", "jakarta..", "org.apache.kafka..")
                .check(CONTRACT);
    }

    /** Of the risk model, only the counts an assessment was submitted with (ADR 090): one record, not a copy. */
    @Test
    void the_contract_depends_only_on_the_jdk_jackson_itself_and_the_risk_models_category_counts() {
        classes().that().resideInAPackage("org.cseriskrecord.events..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(
                        "org.cseriskrecord.events..", "java..", "com.fasterxml.jackson..")
                        .or(equivalentTo(CategoryCounts.class)))
                .check(CONTRACT);
    }
}
