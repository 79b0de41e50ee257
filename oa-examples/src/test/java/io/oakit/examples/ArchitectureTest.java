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
 * The rule between modules: an {@code internal} package is used only inside its own module, checked
 * over the compiled classes of every module on this class path (oa-examples depends on the library
 * modules). Each module's own rules are checked in that module: {@code CoreArchitectureTest},
 * {@code SpiArchitectureTest}, {@code WorkflowArchitectureTest}, {@code JdbcArchitectureTest}.
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
