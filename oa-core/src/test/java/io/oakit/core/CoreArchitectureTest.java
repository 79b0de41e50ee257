package io.oakit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** oa-core's module rules (DESIGN.md section 3): the engines know no other module and no framework. */
class CoreArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.oakit.core");

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("io.oakit.core..").should().dependOnClassesThat()
        .resideInAnyPackage("io.oakit.spi..", "io.oakit.workflow..", "io.oakit.testkit..", "io.oakit.persistence..",
            "io.oakit.flowable..", "io.oakit.examples..")
        .check(CORE);
  }

  @Test
  void coreUsesNoFramework() {
    noClasses().that().resideInAPackage("io.oakit.core..").should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.inject..", "javax.inject..", "jakarta.enterprise..",
            "javax.enterprise..", "jakarta.persistence..", "javax.persistence..", "org.hibernate.annotations..",
            "org.hibernate.orm..", "org.flowable..", "java.sql..", "javax.sql..")
        .check(CORE);
  }
}
