package io.oakit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * oa-core's module rules (DESIGN.md section 3): the engines know no other module and no framework,
 * and keep no hidden state shared between values.
 */
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

  /** Values are values: no static field that can be reassigned (such as a last-asked-about memo). */
  static final ArchRule NO_REASSIGNABLE_STATIC_STATE = fields().that().areStatic()
      .and().areDeclaredInClassesThat().resideInAPackage("io.oakit.core..")
      .should().beFinal()
      .because("a value must not share hidden state with every other value (issue 21)");

  /** …and no static cache that values fill as they are made or asked. */
  static final ArchRule NO_STATIC_CACHE = noFields().that().areStatic()
      .and().areDeclaredInClassesThat().resideInAPackage("io.oakit.core..")
      .should().haveRawType(com.google.common.collect.Interner.class)
      .orShould().haveRawType(java.util.concurrent.ConcurrentMap.class)
      .orShould().haveRawType(java.util.concurrent.ConcurrentHashMap.class)
      .orShould().haveRawType(java.util.WeakHashMap.class)
      .orShould().haveRawType(com.google.common.cache.Cache.class)
      .orShould().haveRawType(com.google.common.cache.LoadingCache.class)
      .because("a value must not share hidden state with every other value (issue 21)");

  @Test
  void coreKeepsNoStaticStateOrCache() {
    NO_REASSIGNABLE_STATIC_STATE.check(CORE);
    NO_STATIC_CACHE.check(CORE);
  }

  @Test
  void theStaticStateRulesFailOnTheFormerSupervisionItem() {
    // the shape SupervisionItem had before the split: a weak interner of unit names and a volatile
    // memo of the last instant asked about, both static
    JavaClasses broken = new ClassFileImporter().importClasses(ValueWithStaticCache.class);
    assertThatThrownBy(() -> NO_REASSIGNABLE_STATIC_STATE.check(broken)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("lastAt");
    assertThatThrownBy(() -> NO_STATIC_CACHE.check(broken)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("UNIT_NAMES");
  }

  /** A deliberately broken value type, for the test above. */
  @SuppressWarnings("unused")
  static final class ValueWithStaticCache {
    private static final com.google.common.collect.Interner<String> UNIT_NAMES =
        com.google.common.collect.Interners.newWeakInterner();
    private static volatile java.time.LocalDateTime lastAt = java.time.LocalDateTime.MIN;
  }
}
