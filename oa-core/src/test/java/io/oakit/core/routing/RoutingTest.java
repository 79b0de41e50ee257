package io.oakit.core.routing;

import static io.oakit.core.routing.CountyOffice.MONDAY_9;
import static io.oakit.core.routing.CountyOffice.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.RoutingDecision.Step;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingTest {

  private final Organization org = CountyOffice.organization();

  /** The expense ladder of DESIGN.md 4.2, in a few lines. */
  static final ApprovalLadder EXPENSES = ApprovalLadder.builder()
      .upToInclusive("1000", Route.to(Target.role("办公室主任")))
      .upToInclusive("20000", Route.to(Target.leaderInCharge("财务")))
      .upToInclusive("50000", Route.to(Target.role("局长")))
      .above(Route.builder().countersignAll(Target.allWithRole("局长办公会")).build())
      .build();

  /** Fixed-asset purchases: ≤ 20,000 the deputy head in charge of finance; to 50,000 the head; above, the meeting. */
  static final ApprovalLadder FIXED_ASSETS = ApprovalLadder.builder()
      .upToInclusive("20000", Route.to(Target.leaderInCharge("财务")))
      .upToInclusive("50000", Route.to(Target.role("局长")))
      .above(Route.to(Target.role("局长办公会")))
      .build();

  private final Router router = RuleSet.builder()
      .rule(RoutingRule.of("fixed-assets", 20, Condition.tagged("固定资产"), FIXED_ASSETS))
      .rule(RoutingRule.of("expenses", 10, Condition.tagged("经费"), EXPENSES))
      .rule(RoutingRule.of("urgent", 30, Condition.urgencyAtLeast(Urgency.URGENT),
          Route.builder().inParallel(Target.leadersOfDocumentAreas(), Target.role("办公室主任")).build()))
      .defaultRoute(Route.builder().then(Target.role("办公室主任")).copyTo(Target.role("文书")).build())
      .build()
      .compile();

  private List<String> approvers(DocumentProfile p) {
    return router.route(p, org, MONDAY_9).steps().stream()
        .flatMap(s -> s.assignees().stream()).map(RoutingDecision.Assignment::personId).toList();
  }

  @ParameterizedTest(name = "expense of {0} yuan goes to {1}")
  @CsvSource({
      "0, li", "800, li", "1000, li",          // ≤ 1,000: the office director
      "1000.01, qian", "20000, qian",          // 1,000–20,000: the deputy head in charge of finance
      "20000.01, zhao", "50000, zhao",         // 20,000–50,000: the head
      "50000.01, 'zhao,qian'",                 // above: the meeting (Sun is away and owed)
  })
  void expenseLadder(String amount, String expected) {
    assertThat(approvers(document("e-" + amount).tags("经费").amount(amount).build()))
        .containsExactly(expected.split(","));
  }

  @ParameterizedTest(name = "fixed asset of {0} yuan goes to {1}")
  @CsvSource({"20000, qian", "20000.5, zhao", "50000, zhao", "60000, zhao"})
  void fixedAssetLadder(String amount, String expected) {
    assertThat(approvers(document("f-" + amount).tags("固定资产", "经费").amount(amount).build()))
        .containsExactly(expected);
  }

  @Test
  void theMeetingTierIsACountersignAndOwesTheAbsentMember() {
    RoutingDecision d = router.route(document("m").tags("经费").amount("80000").build(), org, MONDAY_9);
    Step step = d.steps().get(0);
    assertThat(step.mode()).isEqualTo(Stage.Mode.COUNTERSIGN);
    assertThat(d.owed()).extracting(RoutingDecision.Owed::personId).containsExactly("sun");
    assertThat(d.owed().get(0).availableFrom()).isEqualTo(MONDAY_9.withDayOfMonth(10).withHour(18));
  }

  @Test
  void explainsMatchedAndSkippedRules() {
    RoutingDecision d = router.route(document("x").tags("经费").amount("12000").build(), org, MONDAY_9);
    assertThat(d.matchedRules()).containsExactly("expenses");
    assertThat(d.explanation()).contains(
        "rule urgent skipped: urgency 平件 is below 加急",
        "rule expenses (priority 10) matched: tagged 经费",
        "1 other rule(s) not evaluated: the first match decides, or their kind, area or tag conditions cannot hold for this document",
        "rule expenses: amount 12000 falls in tier 1000 < amount <= 20000 → leader in charge of 财务",
        "step 1 (SEQUENCE, rule expenses): 钱副局长 — leader in charge of 财务");
  }

  @Test
  void theLinearReferenceExplainsEveryRuleItEvaluates() {
    RuleSet set = RuleSet.builder()
        .rule(RoutingRule.of("fixed-assets", 20, Condition.tagged("固定资产"), FIXED_ASSETS))
        .rule(RoutingRule.of("expenses", 10, Condition.tagged("经费"), EXPENSES))
        .defaultRoute(Route.to(Target.role("办公室主任"))).build();
    DocumentProfile p = document("x").tags("经费").amount("12000").build();
    RoutingDecision linear = new LinearRouter(set).route(p, org, MONDAY_9);
    assertThat(linear.explanation()).contains("rule fixed-assets skipped: not tagged 固定资产");
    assertThat(linear.sameOutcomeAs(set.compile().route(p, org, MONDAY_9))).isTrue();
  }

  @Test
  void aLadderNeedsAnAmount() {
    RoutingDecision d = router.route(document("no-amount").tags("经费").build(), org, MONDAY_9);
    assertThat(d.matchedRules()).containsExactly("default");
    assertThat(d.explanation()).contains("rule expenses skipped: its approval ladder needs an amount and the document has none");
    assertThat(d.copies()).extracting(RoutingDecision.Assignment::personId).containsExactly("wu");
  }

  @Test
  void urgentDocumentsGoToTheLeaderInChargeAndTheOfficeInParallel() {
    RoutingDecision d = router.route(document("u").urgency(Urgency.EXTRA_URGENT).areas("财务").build(), org, MONDAY_9);
    assertThat(d.steps()).hasSize(1);
    assertThat(d.steps().get(0).mode()).isEqualTo(Stage.Mode.PARALLEL);
    assertThat(d.steps().get(0).assignees()).extracting(RoutingDecision.Assignment::personId).containsExactly("qian", "li");
  }

  @Test
  void anAbsentLeaderIsSkippedAndOwedOrReplacedByTheDeputy() {
    DocumentProfile safety = document("s").urgency(Urgency.URGENT).areas("安全生产").build();
    RoutingDecision skip = router.route(safety, org, MONDAY_9);
    assertThat(skip.steps().get(0).assignees()).extracting(RoutingDecision.Assignment::personId).containsExactly("li");
    assertThat(skip.owed()).extracting(RoutingDecision.Owed::personId).containsExactly("sun");

    Router withDeputy = RuleSet.builder()
        .rule(RoutingRule.of("safety", 1, Condition.areaIn("安全生产"), Route.to(Target.leaderInCharge("安全生产")))
            .withOnAbsent(RoutingRule.AbsencePolicy.DEPUTY))
        .defaultRoute(Route.to(Target.role("办公室主任"))).build().compile();
    RoutingDecision deputy = withDeputy.route(safety, org, MONDAY_9);
    assertThat(deputy.steps().get(0).assignees().get(0).personId()).isEqualTo("qian");
    assertThat(deputy.steps().get(0).assignees().get(0).why())
        .isEqualTo("leader in charge of 安全生产: deputy for 孙副局长 is away (出差) until 2026-06-10T18:00");
    assertThat(deputy.owed()).extracting(RoutingDecision.Owed::personId).containsExactly("sun");
    // after the trip Sun takes it himself
    assertThat(withDeputy.route(safety, org, MONDAY_9.plusDays(3)).steps().get(0).assignees().get(0).personId())
        .isEqualTo("sun");
  }

  @Test
  void aDocumentNeverReachesSomeoneWithoutClearance() {
    DocumentProfile secret = document("sec").secrecy(SecrecyLevel.SECRET).areas("安全生产").build();
    Router substitute = RuleSet.builder()
        .rule(RoutingRule.of("safety", 1, Condition.areaIn("安全生产"), Route.to(Target.leaderInCharge("安全生产"))))
        .defaultRoute(Route.to(Target.role("办公室主任"))).build().compile();
    // Sun (秘密) may not receive a 机密 document: his standing deputy Qian (机密) takes it; Sun is not owed it
    RoutingDecision d = substitute.route(secret, org, MONDAY_9.plusDays(3));
    assertThat(d.recipients()).containsExactly("qian");
    assertThat(d.steps().get(0).assignees().get(0).why()).contains("substitute for 孙副局长 (clearance 秘密 of 孙副局长 is below 机密)");

    Router report = RuleSet.builder()
        .rule(RoutingRule.of("safety", 1, Condition.areaIn("安全生产"), Route.to(Target.leaderInCharge("安全生产")))
            .withOnUncleared(RoutingRule.ClearancePolicy.REPORT_GAP))
        .defaultRoute(Route.to(Target.role("办公室主任"))).build().compile();
    RoutingDecision gap = report.route(secret, org, MONDAY_9.plusDays(3));
    assertThat(gap.recipients()).isEmpty();
    assertThat(gap.gaps()).singleElement().satisfies(g -> assertThat(g.why()).isEqualTo("clearance 秘密 of 孙副局长 is below 机密"));
  }

  @Test
  void collectAllCombinesEveryMatchingRule() {
    Router all = RuleSet.builder().mode(RuleSet.Mode.COLLECT_ALL)
        .rule(RoutingRule.of("finance", 2, Condition.areaIn("财务"), Route.to(Target.headOf("finance"))))
        .rule(RoutingRule.of("requests", 1, Condition.kindIn(DocumentKind.REQUEST),
            Route.builder().then(Target.leaderInCharge("财务")).copyTo(Target.headOf("office")).build()))
        .defaultRoute(Route.to(Target.role("办公室主任"))).build().compile();
    RoutingDecision d = all.route(document("c").areas("财务").build(), org, MONDAY_9);
    assertThat(d.matchedRules()).containsExactly("finance", "requests");
    assertThat(d.steps()).extracting(Step::ruleId).containsExactly("finance", "requests");
    assertThat(d.copies()).extracting(RoutingDecision.Assignment::personId).containsExactly("li");
  }

  @Test
  void ruleSetsRefuseDuplicateIdsAndNeedADefault() {
    RoutingRule r = RoutingRule.of("r", 1, Condition.always(), Route.to(Target.person("li")));
    assertThatThrownBy(() -> RuleSet.builder().rule(r).rule(r)).hasMessageContaining("duplicate rule id 'r'");
    assertThatThrownBy(() -> RuleSet.builder().rule(r).build()).hasMessageContaining("default route");
    assertThatThrownBy(() -> ApprovalLadder.builder().upToInclusive("100", Route.to(Target.person("li")))
        .upToInclusive("50", Route.to(Target.person("li")))).hasMessageContaining("ladder bounds must increase: 50 after 100");
    assertThatThrownBy(() -> ApprovalLadder.builder().upToInclusive("100", Route.to(Target.person("li"))).build())
        .hasMessageContaining("top tier");
  }
}
