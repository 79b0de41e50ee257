package io.oakit.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** oa-persistence-spi's module rules (DESIGN.md section 3): the SPI knows the engines only, and no framework. */
class SpiArchitectureTest {

  private static final JavaClasses SPI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.oakit.spi");

  @Test
  void theSpiDoesNotKnowTheWorkflowNorAnyStore() {
    noClasses().that().resideInAPackage("io.oakit.spi..").should().dependOnClassesThat()
        .resideInAnyPackage("io.oakit.workflow..", "io.oakit.testkit..", "io.oakit.persistence..", "io.oakit.flowable..",
            "io.oakit.examples..")
        .check(SPI);
  }

  @Test
  void theSpiUsesNoFramework() {
    noClasses().that().resideInAPackage("io.oakit.spi..").should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.inject..", "javax.inject..", "jakarta.enterprise..",
            "javax.enterprise..", "jakarta.persistence..", "javax.persistence..", "org.hibernate.orm..")
        .check(SPI);
  }
}
