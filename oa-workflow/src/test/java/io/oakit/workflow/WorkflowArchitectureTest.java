package io.oakit.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * oa-workflow's module rules (DESIGN.md section 3): the processes know the engines and the SPI, no
 * store and no framework, and refuse with the library's own exceptions.
 */
class WorkflowArchitectureTest {

  private static final JavaClasses WORKFLOW = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.oakit.workflow");

  @Test
  void theWorkflowKnowsNoStoreNorTheKit() {
    noClasses().that().resideInAPackage("io.oakit.workflow..").should().dependOnClassesThat()
        .resideInAnyPackage("io.oakit.testkit..", "io.oakit.persistence..", "io.oakit.flowable..", "io.oakit.examples..",
            "io.oakit.spi.memory..", "java.sql..", "javax.sql..")
        .check(WORKFLOW);
  }

  @Test
  void theWorkflowUsesNoFramework() {
    noClasses().that().resideInAPackage("io.oakit.workflow..").should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.inject..", "javax.inject..", "jakarta.enterprise..",
            "javax.enterprise..", "jakarta.persistence..", "javax.persistence..", "org.hibernate.annotations..",
            "org.hibernate.orm..")
        .check(WORKFLOW);
  }

  @Test
  void theWorkflowRefusesOnlyWithTheLibrarysOwnExceptions() {
    // a refusal names the field or state as an OaException subclass, never a bare IllegalArgument/IllegalState
    noClasses().that().resideInAPackage("io.oakit.workflow..")
        .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>(
            "constructs an IllegalArgumentException or IllegalStateException") {
          @Override
          public boolean test(JavaConstructorCall call) {
            return call.getTargetOwner().isEquivalentTo(IllegalArgumentException.class)
                || call.getTargetOwner().isEquivalentTo(IllegalStateException.class);
          }
        })
        .check(WORKFLOW);
  }
}
