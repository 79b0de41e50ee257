package io.oakit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  /**
   * Every public record of the library modules copies the lists, sets and maps it is given (in its
   * compact constructor: {@code Copies}, {@code List.copyOf}, {@code ImmutableList.copyOf}…), so a caller
   * who changes its collection afterwards changes nothing in the record, and nobody changes a record
   * through what its accessors return. Checked on the sources, where the assignment is visible.
   */
  @Test
  void everyPublicRecordCopiesTheCollectionsItIsGiven() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    Pattern record = Pattern.compile(
        "\\n(\\s*)public record (\\w+)(?:<[^>]*>)?\\((.*?)\\)\\s*(?:implements [^{]*)?\\{", Pattern.DOTALL);
    List<String> uncopied = new ArrayList<>();
    int checked = 0;
    for (String module : List.of("oa-core", "oa-persistence-spi", "oa-workflow", "oa-testkit",
        "oa-persistence-jdbc", "oa-flowable")) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        files = walk.filter(f -> f.toString().endsWith(".java")).toList();
      }
      for (Path f : files) {
        String source = Files.readString(f);
        Matcher m = record.matcher(source);
        while (m.find()) {
          int end = source.indexOf("\n" + m.group(1) + "}", m.end());
          String body = source.substring(m.end(), end < 0 ? source.length() : end);
          for (String component : components(m.group(3))) {
            String[] typeAndName = component.split("\\s+(?=\\w+$)");
            if (typeAndName.length == 2 && typeAndName[0].matches("(java\\.util\\.)?(List|Set|Map)\\b.*")) {
              checked++;
              if (!Pattern.compile("\\b" + typeAndName[1] + "\\s*=\\s*(\\w+\\s*==\\s*null\\s*\\?\\s*null\\s*:\\s*)?([\\w.]+\\.)?(copyOf|copyOfSorted|list|set|map|immutable|unmodifiable\\w+)\\(")
                  .matcher(body).find()) {
                uncopied.add(m.group(2) + "." + typeAndName[1] + " (" + root.relativize(f) + ")");
              }
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(uncopied).as("record components holding a caller's collection").isEmpty();
  }

  /** The components of a record header, annotations removed, split at the top-level commas. */
  private static List<String> components(String header) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : header.toCharArray()) {
      if (c == '<' || c == '(') {
        depth++;
      } else if (c == '>' || c == ')') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    out.add(current.toString());
    return out.stream().map(p -> p.replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "").trim()).filter(p -> !p.isEmpty()).toList();
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
