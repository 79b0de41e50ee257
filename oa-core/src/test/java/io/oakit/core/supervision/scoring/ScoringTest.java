package io.oakit.core.supervision.scoring;

import static io.oakit.core.supervision.SupervisionFixtures.itemA;
import static io.oakit.core.supervision.SupervisionFixtures.itemB;
import static io.oakit.core.supervision.SupervisionFixtures.itemC;
import static io.oakit.core.supervision.SupervisionFixtures.june;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.supervision.SupervisionItem;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked example of docs/supervision-and-scoring.md, every figure checkable by hand. */
class ScoringTest {

  static final LocalDateTime AS_OF = june(30, 18);
  static final AssessmentPeriod JUNE = AssessmentPeriod.month(YearMonth.of(2026, 6));

  @Test
  void theWorkedExample() {
    Map<String, ScoreSheet> sheets = Scoring.sheets(ScoreCard.defaults(), JUNE, List.of(itemA(), itemB()), AS_OF);
    ScoreSheet transport = sheets.get("交通局");
    assertThat(transport.lines()).extracting(ScoreLine::describe).containsExactly(
        "+100.00  base score",
        "-6.00  overdue  item A: 4 × -1 (重要 ×1.5, lead ×1)",
        "-0.75  urged after due  item A: 1 × -0.5 (重要 ×1.5, lead ×1)",
        "-3.00  returned for rework  item A: 1 × -2 (重要 ×1.5, lead ×1)",
        "+1.50  quality rating  item A: 1 × 1 (重要 ×1.5, lead ×1; rated 良)");
    assertThat(transport.total()).isEqualByComparingTo("91.75");
    ScoreSheet finance = sheets.get("财政局");
    assertThat(finance.lines()).extracting(ScoreLine::describe).containsExactly(
        "+100.00  base score",
        "-3.00  overdue  item A: 4 × -1 (重要 ×1.5, co-unit ×0.5)",
        "-1.50  returned for rework  item A: 1 × -2 (重要 ×1.5, co-unit ×0.5)",
        "-0.38  late sign-for  item A: 1 × -0.5 (重要 ×1.5, co-unit ×0.5)",
        "+0.75  quality rating  item A: 1 × 1 (重要 ×1.5, co-unit ×0.5; rated 良)",
        "+1.00  completed early  item B: 1 × 1 (一般 ×1, lead ×1)",
        "+2.00  leader's commendation  item B: 1 × 2 (一般 ×1, lead ×1)",
        "+2.00  quality rating  item B: 1 × 2 (一般 ×1, lead ×1; rated 优)");
    assertThat(finance.total()).isEqualByComparingTo("100.87");
    assertThat(finance.contributions()).containsEntry("A", new BigDecimal("-4.13")).containsEntry("B", new BigDecimal("5.00"));

    List<RankedUnit> ranking = Ranking.rank(sheets.values());
    assertThat(ranking).extracting(RankedUnit::unit).containsExactly("财政局", "交通局");
    assertThat(Ranking.sharesRelativeToBase(sheets.values(), new BigDecimal("100"), BigDecimal.TEN))
        .containsEntry("财政局", new BigDecimal("10.00")).containsEntry("交通局", new BigDecimal("9.18"));
    assertThat(Ranking.sharesRelativeToTop(sheets.values(), BigDecimal.TEN))
        .containsEntry("财政局", new BigDecimal("10.00")).containsEntry("交通局", new BigDecimal("9.10"));
  }

  @Test
  void anOpenOverdueItemLosesPointsUpToTheCap() {
    ScoreSheet sheet = Scoring.sheet(ScoreCard.defaults(), "交通局", JUNE, List.of(itemC()), AS_OF);
    // due Jun 15 17:30; by Jun 30 it is 10 working days overdue (cap 10), urged 3 times after due
    assertThat(sheet.lines()).extracting(ScoreLine::describe).containsExactly(
        "+100.00  base score",
        "-10.00  overdue  item C: 10 × -1 (一般 ×1, lead ×1)",
        "-1.50  urged after due  item C: 3 × -0.5 (一般 ×1, lead ×1)");
    assertThat(sheet.total()).isEqualByComparingTo("88.50");
    // two working days later the deduction stays at the cap
    ScoreSheet later = Scoring.sheet(ScoreCard.defaults(), "交通局", JUNE, List.of(itemC()), AS_OF.plusDays(2));
    assertThat(later.lines().get(1).describe()).isEqualTo("-10.00  overdue  item C: 12 × -1 (capped at -10; 一般 ×1, lead ×1)");
  }

  @Test
  void boundsAreALineToo() {
    ScoreCard tight = ScoreCard.builder().base("100").bounds("95", "100").build();
    ScoreSheet sheet = Scoring.sheet(tight, "交通局", JUNE, List.of(itemC()), AS_OF);
    assertThat(sheet.total()).isEqualByComparingTo("95");
    assertThat(sheet.lines().get(sheet.lines().size() - 1).describe()).isEqualTo("+6.50  floor/ceiling");
    assertThat(sheet.lines().stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(sheet.total());
  }

  @Test
  void aCallBackAnsweredDissatisfiedCostsTheLeadUnitAndCountsInTheSatisfactionRate() {
    SupervisionItem called = itemB().callBack(june(10, 9), io.oakit.core.supervision.CallBackAnswer.BASICALLY_SATISFIED,
        "督查科 王", "基本解决").callBack(june(11, 9), io.oakit.core.supervision.CallBackAnswer.DISSATISFIED, "督查科 王",
        "仍有积水");
    ScoreSheet finance = Scoring.sheet(ScoreCard.defaults(), "财政局", JUNE, List.of(called), AS_OF);
    assertThat(finance.lines()).extracting(ScoreLine::describe)
        .contains("-1.00  dissatisfied call-back  item B: 1 × -1 (一般 ×1, lead ×1)");
    assertThat(finance.total()).isEqualByComparingTo("104.00");  // 100 + 1 early + 2 commended + 2 优 − 1
    // a card that does not count it
    assertThat(Scoring.sheet(ScoreCard.builder().dissatisfiedCallBack("0").build(), "财政局", JUNE, List.of(called), AS_OF)
        .total()).isEqualByComparingTo("105.00");
    // 基本满意 counts as satisfied: 1 of 2
    assertThat(SupervisionRates.of("财政局", JUNE, List.of(called), AS_OF).satisfaction())
        .hasValueSatisfying(r -> assertThat(r).hasToString("50.00% (1/2)"));
  }

  @Test
  void aUnitThatHandsTheItemBackLosesPointsForIt() {
    // 推诿: 交通局, lead of item A, said twice it was not its matter
    SupervisionItem a = itemA();
    ScoreSheet before = Scoring.sheet(ScoreCard.defaults(), "交通局", JUNE, List.of(a), AS_OF);
    SupervisionItem handed = io.oakit.core.supervision.SupervisionFixtures.itemAHandedBackTwice();
    ScoreSheet sheet = Scoring.sheet(ScoreCard.defaults(), "交通局", JUNE, List.of(handed), AS_OF);
    assertThat(sheet.lines()).extracting(ScoreLine::describe)
        .contains("-3.00  handed back  item A: 2 × -1 (重要 ×1.5, lead ×1)");
    assertThat(sheet.total()).isEqualByComparingTo(before.total().subtract(new BigDecimal("3")));
    assertThat(Scoring.sheet(ScoreCard.defaults(), "财政局", JUNE, List.of(handed), AS_OF).total())
        .isEqualByComparingTo(Scoring.sheet(ScoreCard.defaults(), "财政局", JUNE, List.of(a), AS_OF).total());
  }

  @Test
  void aReassignedItemScoresTheNewLeadAsLeadAndTheFormerOnlyForItsHandBack() {
    // 交通局 hands item R back (推诿) and the office gives it to 住建局 (转办), which does it on time
    SupervisionItem r = io.oakit.core.supervision.SupervisionFixtures.assigned("R", io.oakit.core.supervision.Importance.GENERAL,
            "交通局", List.of("财政局"))
        .handBack(june(1, 10), "交通局", "张科长", "属住建局职责")
        .reassign(june(2, 9), "督查室", "住建局", "转办")
        .signFor(june(3, 9), "住建局", "赵科长")
        .signFor(june(3, 10), "财政局", "王科长")
        .reportCompletion(june(10, 10), "已完成")
        .accept(june(10, 16), "李主任", io.oakit.core.supervision.QualityRating.GOOD, true, "");
    assertThat(r.units()).containsExactly("住建局", "财政局");
    assertThat(r.formerUnits()).containsExactly("交通局");
    Map<String, ScoreSheet> sheets = Scoring.sheets(ScoreCard.defaults(), JUNE, List.of(r), AS_OF);
    assertThat(sheets.get("交通局").lines()).extracting(ScoreLine::describe).containsExactly(
        "+100.00  base score",
        "-1.00  handed back  item R: 1 × -1 (一般 ×1, lead ×1)");
    // the new lead signed the day after it got it: on time (its time runs from the reassignment)
    assertThat(sheets.get("住建局").lines()).extracting(ScoreLine::describe).containsExactly(
        "+100.00  base score",
        "+1.00  completed early  item R: 1 × 1 (一般 ×1, lead ×1)",
        "+1.00  quality rating  item R: 1 × 1 (一般 ×1, lead ×1; rated 良)");
    // the co-unit signed two working days after the assignment: late
    assertThat(sheets.get("财政局").lines()).extracting(ScoreLine::describe)
        .contains("-0.25  late sign-for  item R: 1 × -0.5 (一般 ×1, co-unit ×0.5)");
  }

  @Test
  void rates() {
    List<SupervisionItem> items = List.of(itemA(), itemB(), itemC(), itemB().callBack(june(10, 9), true, "满意"));
    SupervisionRates transport = SupervisionRates.of("交通局", JUNE, items, AS_OF);
    assertThat(transport.onTime()).hasValueSatisfying(r -> assertThat(r).hasToString("0.00% (0/2)"));
    assertThat(transport.completion()).hasValueSatisfying(r -> assertThat(r).hasToString("50.00% (1/2)"));
    assertThat(transport.effective()).hasValueSatisfying(r -> assertThat(r).hasToString("100.00% (1/1)"));
    assertThat(transport.satisfaction()).isEmpty();  // no call-back: no rate, not 0%
    SupervisionRates finance = SupervisionRates.of("财政局", JUNE, items, AS_OF);
    assertThat(finance.onTime()).hasValueSatisfying(r -> assertThat(r).hasToString("100.00% (2/2)"));
    assertThat(finance.satisfaction()).hasValueSatisfying(r -> assertThat(r).hasToString("100.00% (1/1)"));
    assertThat(SupervisionRates.of("公安局", JUNE, items, AS_OF).completion()).isEmpty();
  }

  @Test
  void stallingReport() {
    assertThat(StallingReport.find(List.of(itemA(), itemB(), itemC()), AS_OF, 5, 2))
        .singleElement().satisfies(e -> {
          assertThat(e.unit()).isEqualTo("交通局");
          assertThat(e.itemId()).isEqualTo("C");
          assertThat(e.why()).isEqualTo("overdue 10 working days (limit 5); urged 3 times (limit 2)");
        });
  }

  @Test
  void tiesAreExplicitAndGradesFollowThresholdsOrQuota() {
    List<ScoreSheet> sheets = List.of(sheet("a", "96"), sheet("b", "90"), sheet("c", "90"), sheet("d", "70"), sheet("e", "50"));
    List<RankedUnit> ranking = Ranking.rank(sheets);
    assertThat(ranking).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4, 5);
    assertThat(ranking).extracting(RankedUnit::tied).containsExactly(false, true, true, false, false);

    Map<String, BigDecimal> minimums = new LinkedHashMap<>();
    minimums.put("优秀", new BigDecimal("95"));
    minimums.put("良好", new BigDecimal("85"));
    minimums.put("合格", new BigDecimal("60"));
    Map<String, Grade> byThreshold = GradePolicy.thresholds(minimums, "不合格").grade(ranking);
    assertThat(byThreshold.values()).extracting(Grade::name).containsExactly("优秀", "良好", "良好", "合格", "不合格");

    Map<String, Double> quota = new LinkedHashMap<>();
    quota.put("优秀", 0.4);  // 2 of 5 places: a and b — and c, tied with b
    Map<String, Grade> byQuota = GradePolicy.quota(quota, "合格").grade(ranking);
    assertThat(byQuota.values()).extracting(Grade::name).containsExactly("优秀", "优秀", "优秀", "合格", "合格");
    assertThat(byQuota.get("c").why()).isEqualTo("rank 2 of 5 within 优秀's quota of 40% (2 place(s)), admitted because tied with rank 2");
  }

  private static ScoreSheet sheet(String unit, String total) {
    return ScoreSheet.of(unit, JUNE, List.of(new ScoreLine(unit, "", ScoreRule.BASE, 1, new BigDecimal(total), BigDecimal.ONE, "", new BigDecimal(total))));
  }
}
