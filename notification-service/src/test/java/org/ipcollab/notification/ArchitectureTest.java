package org.ipcollab.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ipcollab.notification");

    @Test
    @DisplayName("domain packages exist and use no Quarkus, Jakarta, Kafka, Jackson or Hibernate type")
    void domainIsPlainJava() {
        classes().that().resideInAPackage("..domain..").should().resideInAPackage("org.ipcollab.notification..")
                .allowEmptyShould(false).check(CLASSES);
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.apache.kafka..",
                        "com.fasterxml..", "org.hibernate..", "io.cloudevents..", "org.eclipse.microprofile..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("the domain does not reach into REST, persistence or messaging code")
    void domainDependsOnNothingOutside() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ipcollab.notification.messaging..",
                        "org.ipcollab.notification.security..", "org.ipcollab.notification.problem..")
                .check(CLASSES);
    }
}
