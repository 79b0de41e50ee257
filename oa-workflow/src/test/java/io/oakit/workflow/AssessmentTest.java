package io.oakit.workflow;

import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.InvalidInputException;
import io.oakit.core.supervision.CallBackAnswer;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.scoring.ScoreLine;
import io.oakit.core.supervision.scoring.ScoreRule;
import io.oakit.core.supervision.scoring.ScoringPolicy;
import io.oakit.workflow.SupervisionCommands.Accept;
import io.oakit.workflow.SupervisionCommands.ApproveScores;
import io.oakit.workflow.SupervisionCommands.Assign;
import io.oakit.workflow.SupervisionCommands.CallBack;
import io.oakit.workflow.SupervisionCommands.Commend;
import io.oakit.workflow.SupervisionCommands.Open;
import io.oakit.workflow.SupervisionCommands.ReportCompletion;
import io.oakit.workflow.SupervisionCommands.SignFor;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Call-backs (回访) and commendations (表扬) recorded in the workflow and scored; approvals of a month, a
 * quarter or a year, unit by unit, a co-unit scored the same whoever is approved with it.
 */
class AssessmentTest {

  private static final Optional<String> SELF = Optional.empty();

  private static LocalDateTime june(int day, int hour) {
    return LocalDateTime.of(2026, 6, day, hour, 0);
  }

  /** An item led by 交通局 with 财政局 as co-unit, completed and accepted on Jun 10. */
  private static void handled(Office o, String id, String lead, List<String> co) {
    o.supervision.open(new Open(key(), "li", SELF, id, ItemSource.LEADER_INSTRUCTION, "落实", Importance.GENERAL));
    o.supervision.assign(new Assign(key(), "li", SELF, id, lead, co, "10 working days", 0));
    o.supervision.signFor(new SignFor(key(), "zhang", SELF, id, lead));
    co.forEach(u -> o.supervision.signFor(new SignFor(key(), "zhang", SELF, id, u)));
    o.supervision.reportCompletion(new ReportCompletion(key(), "zhang", SELF, id, "完成"));
    o.supervision.accept(new Accept(key(), "li", SELF, id, QualityRating.GOOD, true, ""));
  }

  private static BigDecimal total(SupervisionEvents.ScoresApproved a, String unit) {
    return a.sheets().stream().filter(s -> s.unit().equals(unit)).findFirst().orElseThrow().total();
  }

  @Test
  void callBacksAndCommendationsAreRecordedScoredAndCounted() {
    Office o = new Office(june(1, 9));
    handled(o, "督-1", "交通局", List.of());
    o.at(june(11, 9));
    assertThatThrownBy(() -> o.supervision.commend(new Commend(key(), "wu", SELF, "督-1", "交通局", "办得好")))
        .isInstanceOf(NotAuthorizedException.class);
    o.supervision.commend(new Commend(key(), "zhao", SELF, "督-1", "交通局", "群众称赞"));
    assertThat(o.sent).filteredOn(n -> n.subject().equals("表扬")).singleElement()
        .satisfies(n -> assertThat(n.recipient().id()).isEqualTo("交通局"));
    o.supervision.callBack(new CallBack(key(), "wu", SELF, "督-1", CallBackAnswer.BASICALLY_SATISFIED, "基本解决"));
    o.supervision.callBack(new CallBack(key(), "wu", SELF, "督-1", CallBackAnswer.DISSATISFIED, "仍有积水"));
    assertThat(o.sent).filteredOn(n -> n.subject().equals("回访不满意")).extracting(n -> n.recipient().id())
        .containsExactly("li", "交通局");
    // 满意率 counts 满意 and 基本满意: 1 of 2
    assertThat(o.supervision.rates("交通局", "2026-06").satisfaction())
        .hasValueSatisfying(r -> assertThat(r).hasToString("50.00% (1/2)"));
    o.at(june(30, 18));
    o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-06", List.of("交通局")));
    SupervisionEvents.ApprovedSheet sheet = o.supervision.approval("2026-06").orElseThrow().sheets().get(0);
    assertThat(sheet.lines()).extracting(SupervisionEvents.ApprovedLine::rule)
        .contains(ScoreRule.COMMENDATION, ScoreRule.DISSATISFIED_CALL_BACK);
    // 100 + early 1 + commended 2 + 良 1 − dissatisfied 1
    assertThat(sheet.total()).isEqualByComparingTo("103.00");
    // a call-back before the item is accepted is refused
    o.supervision.open(new Open(key(), "li", SELF, "督-2", ItemSource.LEADER_INSTRUCTION, "落实", Importance.GENERAL));
    assertThatThrownBy(() -> o.supervision.callBack(new CallBack(key(), "wu", SELF, "督-2", CallBackAnswer.SATISFIED, "")))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void periodsAreApprovedUnitByUnitWithoutLockingTheOthers() {
    Office o = new Office(june(1, 9));
    handled(o, "督-1", "交通局", List.of("财政局"));
    o.at(june(30, 18));
    o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-06", List.of("交通局")));
    // the others of the month may still be approved; nobody twice
    o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-06", List.of("财政局")));
    assertThatThrownBy(() -> o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-06",
        List.of("教育局", "交通局")))).isInstanceOf(CommandRefusedException.class).hasMessageContaining("[交通局]");
    assertThat(o.supervision.approvals("2026-06")).hasSize(2);
    // the co-unit's points are the same whether or not its lead unit was approved with it
    BigDecimal alone = total(o.supervision.approvals("2026-06").get(1), "财政局");
    Office both = new Office(june(1, 9));
    handled(both, "督-1", "交通局", List.of("财政局"));
    both.at(june(30, 18));
    both.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-06", List.of("财政局", "交通局")));
    assertThat(total(both.supervision.approval("2026-06").orElseThrow(), "财政局")).isEqualByComparingTo(alone)
        .isGreaterThan(new BigDecimal("100"));
    // a quarter and a year
    o.at(LocalDateTime.of(2026, 7, 1, 9, 0));
    o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-Q2", List.of("交通局", "财政局")));
    o.at(LocalDateTime.of(2026, 12, 31, 18, 0));
    o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026", List.of("交通局")));
    assertThat(o.supervision.approval("2026-Q2").orElseThrow().month()).isEqualTo("2026-Q2");
    assertThat(total(o.supervision.approval("2026-Q2").orElseThrow(), "交通局"))
        .isEqualByComparingTo(total(o.supervision.approval("2026").orElseThrow(), "交通局"));
    for (String bad : List.of("2026-13", "June", "2026-Q5", "26")) {
      assertThatThrownBy(() -> o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, bad, List.of("交通局"))))
          .as(bad).isInstanceOf(InvalidInputException.class).hasMessageContaining("period");
    }
    assertThatThrownBy(() -> o.supervision.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-05",
        List.of("交通局", "交通局")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("named twice");
  }

  @Test
  void theServiceScoresWithTheHostsOwnScoringPolicy() {
    Office o = new Office(june(1, 9));
    handled(o, "督-9", "交通局", List.of());
    // a host's policy: 60 for each unit, 5 for each item it led, whatever happened
    ScoringPolicy flat = new ScoringPolicy() {
      @Override
      public BigDecimal base() {
        return new BigDecimal("60");
      }

      @Override
      public BigDecimal floor() {
        return BigDecimal.ZERO;
      }

      @Override
      public BigDecimal ceiling() {
        return new BigDecimal("100");
      }

      @Override
      public List<ScoreLine> scoreItem(io.oakit.core.supervision.SupervisionItem item, String unit, LocalDateTime asOf) {
        return List.of(new ScoreLine(unit, item.id(), ScoreRule.QUALITY_RATING, 1, new BigDecimal("5"), BigDecimal.ONE, "flat",
            new BigDecimal("5")));
      }
    };
    SupervisionService hosts = new SupervisionService(o.ctx, flat, () -> java.util.Set.of("交通局", "财政局"));
    o.at(june(30, 18));
    hosts.approveScores(new ApproveScores(key(), "zhao", SELF, "2026-06", List.of("交通局", "财政局")));
    SupervisionEvents.ScoresApproved approved = hosts.approval("2026-06").orElseThrow();
    assertThat(total(approved, "交通局")).isEqualByComparingTo("65");
    assertThat(total(approved, "财政局")).isEqualByComparingTo("60");
  }
}
