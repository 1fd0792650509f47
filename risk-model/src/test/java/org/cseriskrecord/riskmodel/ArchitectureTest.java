package org.cseriskrecord.riskmodel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** risk-model is pure Java: no framework may leak into the domain model. */
class ArchitectureTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cseriskrecord.riskmodel");

    @Test
    void the_risk_model_does_not_depend_on_spring_axon_jackson_or_jakarta() {
        noClasses().that().resideInAPackage("org.cseriskrecord.riskmodel..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.axonframework..", "com.fasterxml..", "jakarta..")
                .check(MODEL);
    }

    @Test
    void the_risk_model_depends_only_on_the_jdk_and_itself() {
        classes().that().resideInAPackage("org.cseriskrecord.riskmodel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.cseriskrecord.riskmodel..", "java..")
                .check(MODEL);
    }
}
