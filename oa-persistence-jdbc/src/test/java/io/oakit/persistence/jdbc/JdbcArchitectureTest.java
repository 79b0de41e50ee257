package io.oakit.persistence.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * oa-persistence-jdbc's module rules: the store implements the SPI on plain JDBC (Flyway for its
 * schema), knows nothing of the workflow, and brings no framework to the host — Spring joins it from
 * the outside (docs/integration.md).
 */
class JdbcArchitectureTest {

  private static final JavaClasses JDBC = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.oakit.persistence.jdbc");

  @Test
  void theStoreKnowsTheSpiNotTheWorkflow() {
    noClasses().that().resideInAPackage("io.oakit.persistence.jdbc..").should().dependOnClassesThat()
        .resideInAnyPackage("io.oakit.workflow..", "io.oakit.testkit..", "io.oakit.flowable..", "io.oakit.examples..")
        .check(JDBC);
  }

  @Test
  void theStoreUsesNoFramework() {
    noClasses().that().resideInAPackage("io.oakit.persistence.jdbc..").should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.inject..", "javax.inject..", "jakarta.enterprise..",
            "javax.enterprise..", "jakarta.persistence..", "javax.persistence..", "org.hibernate..",
            "com.zaxxer.hikari..")
        .check(JDBC);
  }
}
