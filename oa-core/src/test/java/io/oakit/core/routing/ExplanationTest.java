package io.oakit.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.document.DocumentProfile;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * A routing decision explains itself line by line: the rule that matched, every stage nobody could
 * take, every step with why the person was chosen, copies, who reads it on return, and every gap.
 * The county bureau of {@link CountyOffice}; the document concerns no area.
 */
class ExplanationTest {

  private static final DocumentProfile DOC = CountyOffice.document("d1").build();

  @Test
  void everyStageStepCopyAndGapHasItsLine() {
    RuleSet rules = RuleSet.builder()
        .rule(RoutingRule.of("meeting", 10, Condition.always(), Route.builder()
            .countersign(4, Target.allWithRole("局长办公会")).then(Target.leadersOfDocumentAreas())
            .then(Target.allWithRole("不存在")).then(Target.headOf("nope")).then(Target.headOf("leaders"))
            .copyTo(Target.person("li")).build()))
        .defaultRoute(Route.to(Target.role("局长"))).build();
    RoutingDecision d = rules.compile().route(DOC, CountyOffice.organization(), LocalDateTime.of(2026, 6, 15, 9, 0));
    assertThat(d.explanation()).containsExactly(
        "routing d1 (请示, 平件, 非密) at 2026-06-15T09:00, FIRST_MATCH over 1 rule(s)",
        "rule meeting (priority 10) matched: always",
        "rule meeting: nobody can take the stage leaders in charge of the document's areas",
        "rule meeting: nobody can take the stage everyone with role 不存在",
        "rule meeting: nobody can take the stage head of nope",
        "rule meeting: nobody can take the stage head of leaders",
        "step 1 (COUNTERSIGN, rule meeting): 赵局长 — member of 局长办公会",
        "step 1 (COUNTERSIGN, rule meeting): 钱副局长 — member of 局长办公会",
        "step 1 (COUNTERSIGN, rule meeting): 孙副局长 — member of 局长办公会",
        "copy: 李主任 — named by rule meeting",
        "gap in rule meeting (countersign (4 required): everyone with role 局长办公会): countersign needs 4 signature(s)"
            + " but only 3 person(s) can sign now",
        "gap in rule meeting (leaders in charge of the document's areas): the document concerns no area",
        "gap in rule meeting (everyone with role 不存在): nobody has the role",
        "gap in rule meeting (head of nope): no such department",
        "gap in rule meeting (head of leaders): the department has no head");
    assertThat(d.steps()).hasSize(1);
    assertThat(d.steps().get(0).required()).as("as many as can sign").isEqualTo(3);
    assertThat(d.gaps()).hasSize(5);
  }

  @Test
  void someoneAwayReadsItOnReturnAndTheCopyStill() {
    RuleSet rules = RuleSet.builder()
        .defaultRoute(Route.builder().then(Target.person("sun")).copyTo(Target.person("zhou")).build()).build();
    RoutingDecision d = rules.compile().route(DOC, CountyOffice.organization(), LocalDateTime.of(2026, 6, 9, 9, 0));
    assertThat(d.explanation()).containsExactly(
        "routing d1 (请示, 平件, 非密) at 2026-06-09T09:00, FIRST_MATCH over 0 rule(s)",
        "no rule matched: default route person sun; copies to person zhou",
        "rule default: 孙副局长 is away (出差) until 2026-06-10T18:00, skipped; reads it on return (补阅)",
        "rule default: nobody can take the stage person sun",
        "copy: 周科长 — named by rule default",
        "owed on return (补阅): 孙副局长 from 2026-06-10T18:00");
    assertThat(d.recipients()).containsExactlyInAnyOrder("zhou", "sun");
  }
}
