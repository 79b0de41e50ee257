package io.oakit.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pieces a route is built of — targets, stages, routes, rules, rule sets — refuse what cannot
 * be meant and describe themselves in the words explanations use; a decision lists everyone it
 * reaches.
 */
class RouteModelTest {

  @Test
  void targetsDescribeThemselvesAndRefuseBlanks() {
    assertThat(Target.person("zhao").describe()).isEqualTo("person zhao");
    assertThat(Target.role("局长").describe()).isEqualTo("role 局长");
    assertThat(Target.allWithRole("局长办公会").describe()).isEqualTo("everyone with role 局长办公会");
    assertThat(Target.leaderInCharge("财务").describe()).isEqualTo("leader in charge of 财务");
    assertThat(Target.headOf("office").describe()).isEqualTo("head of office");
    assertThat(Target.leadersOfDocumentAreas().describe()).isEqualTo("leaders in charge of the document's areas");
    assertThatThrownBy(() -> Target.person(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personId");
    assertThatThrownBy(() -> Target.role("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
    assertThatThrownBy(() -> Target.allWithRole(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
    assertThatThrownBy(() -> Target.leaderInCharge(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area");
    assertThatThrownBy(() -> Target.headOf(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("departmentId");
  }

  @Test
  void stagesAndRoutesSayHowTheyAreHandled() {
    Target zhao = Target.person("zhao");
    Target qian = Target.person("qian");
    assertThat(new Stage(Stage.Mode.SEQUENCE, List.of(zhao), Stage.ALL).describe()).isEqualTo("person zhao");
    assertThat(new Stage(Stage.Mode.SEQUENCE, List.of(zhao, qian), Stage.ALL).describe())
        .isEqualTo("in sequence: person zhao, person qian");
    assertThat(new Stage(Stage.Mode.PARALLEL, List.of(zhao, qian), Stage.ALL).describe())
        .isEqualTo("in parallel: person zhao, person qian");
    assertThat(new Stage(Stage.Mode.COUNTERSIGN, List.of(zhao, qian), Stage.ALL).describe())
        .isEqualTo("countersign (all): person zhao, person qian");
    assertThat(new Stage(Stage.Mode.COUNTERSIGN, List.of(zhao, qian), 1).describe())
        .isEqualTo("countersign (1 required): person zhao, person qian");
    assertThatThrownBy(() -> new Stage(Stage.Mode.SEQUENCE, List.of(), Stage.ALL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one target");
    assertThatThrownBy(() -> new Stage(Stage.Mode.COUNTERSIGN, List.of(zhao), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required");
    assertThatThrownBy(() -> new Stage(Stage.Mode.PARALLEL, List.of(zhao), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a countersign");

    Route r = Route.builder().inSequence(zhao, qian).countersign(1, zhao, qian).countersignAll(zhao).copyTo(qian).build();
    assertThat(r.stages()).extracting(Stage::mode)
        .containsExactly(Stage.Mode.SEQUENCE, Stage.Mode.COUNTERSIGN, Stage.Mode.COUNTERSIGN);
    assertThat(r.stages().get(1).required()).isEqualTo(1);
    assertThat(r.stages().get(2).required()).isEqualTo(Stage.ALL);
    assertThat(r.copies()).containsExactly(qian);
    assertThatThrownBy(() -> Route.builder().countersign(0, zhao)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("required signatures");
    assertThatThrownBy(() -> new Route(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one stage");
  }

  @Test
  void rulesNeedIdsAndRuleSetsUniqueOnes() {
    Route r = Route.to(Target.role("局长"));
    assertThatThrownBy(() -> RoutingRule.of(" ", 1, Condition.always(), r)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule id");
    assertThatThrownBy(() -> RuleSet.builder().rule(RoutingRule.of("a", 1, Condition.always(), r))
        .rule(RoutingRule.of("a", 2, Condition.always(), r))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate rule id 'a'");
    assertThatThrownBy(() -> RuleSet.builder().rule(RoutingRule.of("default", 1, Condition.always(), r)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
  }

  @Test
  void aDecisionReachesItsAssigneesCopiesAndThoseOwedIt() {
    RoutingDecision d = new RoutingDecision("d",
        List.of(new RoutingDecision.Step(Stage.Mode.SEQUENCE, List.of(new RoutingDecision.Assignment("zhao", "局长")),
            Stage.ALL, "r1")),
        List.of(new RoutingDecision.Assignment("li", "copy")),
        List.of(new RoutingDecision.Owed("sun", LocalDateTime.of(2026, 6, 10, 18, 0), "away")),
        List.of(), List.of("r1"), List.of("line"));
    assertThat(d.recipients()).containsExactly("zhao", "li", "sun");
    RoutingDecision same = new RoutingDecision("d", d.steps(), d.copies(), d.owed(), d.gaps(), d.matchedRules(),
        List.of("another explanation"));
    assertThat(d.sameOutcomeAs(same)).isTrue();
    assertThat(d.sameOutcomeAs(new RoutingDecision("e", d.steps(), d.copies(), d.owed(), d.gaps(), d.matchedRules(),
        d.explanation()))).isFalse();
    assertThat(d.sameOutcomeAs(new RoutingDecision("d", List.of(), d.copies(), d.owed(), d.gaps(), d.matchedRules(),
        d.explanation()))).isFalse();
    assertThat(d.sameOutcomeAs(new RoutingDecision("d", d.steps(), List.of(), d.owed(), d.gaps(), d.matchedRules(),
        d.explanation()))).isFalse();
    assertThat(d.sameOutcomeAs(new RoutingDecision("d", d.steps(), d.copies(), List.of(), d.gaps(), d.matchedRules(),
        d.explanation()))).isFalse();
    assertThat(d.sameOutcomeAs(new RoutingDecision("d", d.steps(), d.copies(), d.owed(),
        List.of(new RoutingDecision.Gap("r1", "role x", "nobody")), d.matchedRules(), d.explanation()))).isFalse();
    assertThat(d.sameOutcomeAs(new RoutingDecision("d", d.steps(), d.copies(), d.owed(), d.gaps(), List.of("r2"),
        d.explanation()))).isFalse();
    assertThat(d.toString()).isEqualTo("line");  // a decision prints its explanation
  }
}
