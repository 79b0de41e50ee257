package io.oakit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.org.AbsenceKind;
import io.oakit.core.org.Organization;
import io.oakit.core.routing.ApprovalLadder;
import io.oakit.core.routing.CirculationPlan;
import io.oakit.core.routing.CirculationPlanner;
import io.oakit.core.routing.Condition;
import io.oakit.core.routing.Route;
import io.oakit.core.routing.RoutingDecision;
import io.oakit.core.routing.RoutingRule;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.routing.Target;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippets of docs/routing.md, run as tests. */
class RoutingGuideTest {

  private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 6, 8, 9, 0);

  private final Organization org = Organization.builder()
      .unit("xj", "某县交通运输局")
      .department("leaders", "局领导", "xj", null)
      .department("office", "办公室", "xj", "综合")
      .department("finance", "财务科", "xj", "财务")
      .person("zhao", "赵局长", "leaders", "局长", 1, SecrecyLevel.TOP_SECRET, "局长", "局长办公会")
      .person("qian", "钱副局长", "leaders", "副局长", 2, SecrecyLevel.SECRET, "局长办公会")
      .person("sun", "孙副局长", "leaders", "副局长", 3, SecrecyLevel.CONFIDENTIAL, "局长办公会")
      .person("li", "李主任", "office", "办公室主任", 4, SecrecyLevel.SECRET, "办公室主任")
      .person("zhou", "周科长", "finance", "财务科科长", 5, SecrecyLevel.CONFIDENTIAL)
      .head("office", "li")
      .head("finance", "zhou")
      .inCharge("财务", "qian")
      .deputy("sun", "qian")
      .away("sun", AbsenceKind.TRIP, LocalDateTime.of(2026, 6, 8, 0, 0), LocalDateTime.of(2026, 6, 10, 18, 0), "qian")
      .build();

  private final ApprovalLadder expenses = ApprovalLadder.builder()
      .upToInclusive("1000", Route.to(Target.role("办公室主任")))
      .upToInclusive("20000", Route.to(Target.leaderInCharge("财务")))
      .upToInclusive("50000", Route.to(Target.role("局长")))
      .above(Route.builder().countersignAll(Target.allWithRole("局长办公会")).build())
      .build();

  private final RuleSet rules = RuleSet.builder()
      .rule(RoutingRule.of("expenses", 10, Condition.tagged("经费"), expenses))
      .defaultRoute(Route.to(Target.role("办公室主任")))
      .build();

  private DocumentProfile expense(String id, String amount) {
    return DocumentProfile.builder().id(id).kind(DocumentKind.REQUEST).issuingUnit("财务科")
        .subject("关于报销差旅费的请示").tags("经费").amount(amount).receivedAt(MONDAY).build();
  }

  private String approver(String amount) {
    return rules.compile().route(expense("e", amount), org, MONDAY).steps().get(0).assignees().get(0).personId();
  }

  @Test
  void theExpenseLadder() {
    assertThat(approver("1000")).isEqualTo("li");
    assertThat(approver("1000.01")).isEqualTo("qian");
    assertThat(approver("50000")).isEqualTo("zhao");
    RoutingDecision meeting = rules.compile().route(expense("m", "50000.01"), org, MONDAY);
    assertThat(meeting.steps().get(0).assignees()).extracting(RoutingDecision.Assignment::personId)
        .containsExactly("zhao", "qian");
    assertThat(meeting.owed()).extracting(RoutingDecision.Owed::personId).containsExactly("sun");
  }

  @Test
  void decisionsExplainThemselves() {
    RoutingDecision d = rules.compile().route(expense("x", "12000"), org, MONDAY);
    assertThat(d.explanation()).contains(
        "rule expenses (priority 10) matched: tagged 经费",
        "rule expenses: amount 12000 falls in tier 1000 < amount <= 20000 → leader in charge of 财务",
        "step 1 (SEQUENCE, rule expenses): 钱副局长 — leader in charge of 财务");
  }

  @Test
  void invalidProfilesNameTheirFields() {
    assertThatThrownBy(() -> DocumentProfile.builder().id("x").amount("-1").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("amount: must be greater than or equal to 0")
        .hasMessageContaining("kind: must not be null");
  }

  @Test
  void circulationAroundAnAbsentLeader() {
    DocumentProfile notice = DocumentProfile.builder().id("n").kind(DocumentKind.NOTICE).issuingUnit("县政府办")
        .subject("关于做好防汛工作的通知").receivedAt(MONDAY).build();
    CirculationPlan plan = CirculationPlanner.defaults()
        .plan(notice, List.of("zhou", "li", "sun", "qian"), org, ChinaCalendars.official(), MONDAY);
    assertThat(plan.explanation()).contains(
        "rule 3: 孙副局长 is away (出差) until 2026-06-10T18:00 — placed behind the readers who are present",
        "rule 5: expected completion 2026-06-11T09:00; protocol order would finish 2026-06-11T10:00 (60 working minutes later)");
  }
}
