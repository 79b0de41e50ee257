package io.oakit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.Dependency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of DESIGN.md section 3, checked over the compiled classes of every module
 * on this module's class path (oa-examples depends on all library modules).
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.oakit");
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("io.oakit.core..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.oakit.spi..", "io.oakit.workflow..", "io.oakit.testkit..", "io.oakit.examples..")
        .check(classes);
  }

  @Test
  void persistenceSpiDoesNotKnowTheWorkflow() {
    noClasses().that().resideInAPackage("io.oakit.spi..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.oakit.workflow..", "io.oakit.testkit..", "io.oakit.examples..")
        .check(classes);
  }

  @Test
  void noFrameworkAnywhere() {
    noClasses().that().resideInAPackage("io.oakit..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.inject..", "javax.inject..",
            "jakarta.enterprise..", "javax.enterprise..", "jakarta.persistence..", "javax.persistence..",
            "org.hibernate.annotations..", "org.hibernate.orm..")
        .check(classes);
  }

  @Test
  void theWorkflowRefusesOnlyWithTheLibrarysOwnExceptions() {
    // a refusal names the field or state as an OaException subclass, never a bare IllegalArgument/IllegalState
    // (the workflow's test jar is on this class path too: its tests may throw what they like)
    noClasses().that().resideInAPackage("io.oakit.workflow..").and().haveSimpleNameNotEndingWith("Test")
        .should().callConstructorWhere(new DescribedPredicate<com.tngtech.archunit.core.domain.JavaConstructorCall>(
            "constructs an IllegalArgumentException or IllegalStateException") {
          @Override
          public boolean test(com.tngtech.archunit.core.domain.JavaConstructorCall call) {
            return call.getTargetOwner().isEquivalentTo(IllegalArgumentException.class)
                || call.getTargetOwner().isEquivalentTo(IllegalStateException.class);
          }
        })
        .check(classes);
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirModule() {
    noClasses().should(useInternalsOfAnotherModule()).check(classes);
  }

  /** The module of a class: the first package segment after io.oakit (core, spi, workflow…). */
  private static String module(JavaClass c) {
    String[] parts = c.getPackageName().split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }

  private static ArchCondition<JavaClass> useInternalsOfAnotherModule() {
    return new ArchCondition<>("use an internal package of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          boolean internal = INTERNAL.test(target);
          if (internal && target.getPackageName().startsWith("io.oakit.") && !module(target).equals(module(origin))) {
            events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
          }
        }
      }
    };
  }

  private static final DescribedPredicate<JavaClass> INTERNAL = DescribedPredicate.describe(
      "in an internal package", c -> c.getPackageName().contains(".internal"));
}
