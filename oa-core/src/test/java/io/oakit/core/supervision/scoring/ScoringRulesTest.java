package io.oakit.core.supervision.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.QualityRating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The configuration a scoring office writes, checked where it goes wrong: periods, rates, the
 * card's points and bounds, grade thresholds and quotas at their exact edges and with ties.
 */
class ScoringRulesTest {

  @Test
  void periodsAreHalfOpenAndMadeOfMonths() {
    AssessmentPeriod q2 = AssessmentPeriod.quarter(2026, 2);
    assertThat(q2.name()).isEqualTo("2026-Q2");
    assertThat(q2.startInclusive()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(q2.endExclusive()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(q2.contains(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(q2.contains(LocalDate.of(2026, 6, 30))).isTrue();
    assertThat(q2.contains(LocalDate.of(2026, 7, 1))).isFalse();
    assertThat(q2.contains(LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(q2.months()).extracting(AssessmentPeriod::name).containsExactly("2026-04", "2026-05", "2026-06");
    assertThat(AssessmentPeriod.quarter(2026, 1).startInclusive()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(AssessmentPeriod.quarter(2026, 4).endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> AssessmentPeriod.quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quarter");
    assertThatThrownBy(() -> AssessmentPeriod.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quarter");
    AssessmentPeriod y = AssessmentPeriod.year(2026);
    assertThat(y.name()).isEqualTo("2026");
    assertThat(y.endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(y.months()).hasSize(12);
    assertThat(AssessmentPeriod.month(YearMonth.of(2026, 2)).endExclusive()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThatThrownBy(() -> new AssessmentPeriod("x", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end after it starts");
    assertThatThrownBy(() -> new AssessmentPeriod("x", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 1)).months())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("whole months");
    assertThatThrownBy(() -> new AssessmentPeriod("x", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 2)).months())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("whole months");
  }

  @Test
  void ratesCountWithinTheirItems() {
    assertThat(new Rate(0, 1).numerator()).isZero();
    assertThat(new Rate(3, 3).denominator()).isEqualTo(3);
    assertThatThrownBy(() -> new Rate(0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("denominator");
    assertThatThrownBy(() -> new Rate(-1, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numerator");
    assertThatThrownBy(() -> new Rate(4, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numerator");
  }

  @Test
  void theCardRefusesPointsItCannotKeep() {
    assertThatThrownBy(() -> ScoreCard.builder().base("-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base must be >= 0");
    assertThat(ScoreCard.builder().base("0")).isNotNull();
    assertThatThrownBy(() -> ScoreCard.builder().rework("0.125")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two decimals");
    assertThat(ScoreCard.builder().rework("0.10")).isNotNull();
    assertThatThrownBy(() -> ScoreCard.builder().commendation("1000000")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1,000,000");
    assertThat(ScoreCard.builder().commendation("999999.99")).isNotNull();
    assertThatThrownBy(() -> ScoreCard.builder().rating(QualityRating.POOR, "-1000000"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1,000,000");
    assertThat(ScoreCard.builder().rating(QualityRating.POOR, "-5")).isNotNull();
    assertThatThrownBy(() -> ScoreCard.builder().bounds("10", "9")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("floor");
    assertThat(ScoreCard.builder().base("100").bounds("100", "100").build()).isNotNull();
    assertThatThrownBy(() -> ScoreCard.builder().base("100").bounds("0", "99.99").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within the bounds");
    assertThatThrownBy(() -> ScoreCard.builder().base("100").bounds("100.01", "120").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within the bounds");
    assertThatThrownBy(() -> ScoreCard.builder().lateSignFor(-1, "1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("withinWorkingDays");
    assertThat(ScoreCard.builder().lateSignFor(0, "1")).isNotNull();
    assertThatThrownBy(() -> ScoreCard.builder().earlyCompletion(0, "1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("byWorkingDays");
    assertThat(ScoreCard.builder().earlyCompletion(1, "1")).isNotNull();
    assertThatThrownBy(() -> ScoreCard.builder().overdue("1", "-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overdueCap");
    assertThatThrownBy(() -> ScoreCard.builder().urgingAfterDue("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoreCard.builder().missedProgressReport("-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoreCard.builder().roleWeights("1", "-0.5")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coWeight");
    ScoreCard card = ScoreCard.builder().base("100").overdue("0.5", "10").urgingAfterDue("0.2").rework("1")
        .missedProgressReport("0.1").lateSignFor(1, "0.3").earlyCompletion(2, "1").commendation("2")
        .rating(QualityRating.EXCELLENT, "3").roleWeights("1", "0.5").importanceWeight(Importance.MAJOR, "2")
        .bounds("0", "120").build();
    assertThat(card).isNotNull();
    assertThat(card.toString()).isNotBlank();
    assertThatThrownBy(() -> ScoreCard.builder().importanceWeight(Importance.MAJOR, "-2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("importanceWeight");
  }

  private static List<RankedUnit> ranking(String... totals) {
    List<RankedUnit> out = new java.util.ArrayList<>();
    for (int i = 0; i < totals.length; i++) {
      out.add(new RankedUnit(i + 1, "u" + (i + 1), new BigDecimal(totals[i]), false));
    }
    return out;
  }

  @Test
  void thresholdsGradeAtTheirExactMinimum() {
    Map<String, BigDecimal> minimums = new LinkedHashMap<>();
    minimums.put("优秀", new BigDecimal("95"));
    minimums.put("良好", new BigDecimal("85"));
    GradePolicy p = GradePolicy.thresholds(minimums, "一般");
    Map<String, Grade> g = p.grade(ranking("95", "94.99", "85", "84.99"));
    assertThat(g.get("u1").name()).isEqualTo("优秀");
    assertThat(g.get("u1").why()).isEqualTo("total 95 ≥ 95");
    assertThat(g.get("u2").name()).isEqualTo("良好");
    assertThat(g.get("u3").name()).isEqualTo("良好");
    assertThat(g.get("u4").name()).isEqualTo("一般");
    assertThat(g.get("u4").why()).isEqualTo("total 84.99 is below every minimum");
    Map<String, BigDecimal> rising = new LinkedHashMap<>();
    rising.put("良好", new BigDecimal("85"));
    rising.put("优秀", new BigDecimal("95"));
    assertThatThrownBy(() -> GradePolicy.thresholds(rising, "一般")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decrease");
    Map<String, BigDecimal> equal = new LinkedHashMap<>();
    equal.put("优秀", new BigDecimal("90"));
    equal.put("良好", new BigDecimal("90"));
    assertThatThrownBy(() -> GradePolicy.thresholds(equal, "一般")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quotasGiveWholePlacesAndAdmitTies() {
    Map<String, Double> fractions = new LinkedHashMap<>();
    fractions.put("优秀", 0.2);
    fractions.put("良好", 0.3);
    GradePolicy p = GradePolicy.quota(fractions, "一般");
    // ten units: 2 places 优秀, 3 places 良好, the rest 一般
    Map<String, Grade> g = p.grade(ranking("99", "98", "97", "96", "95", "94", "93", "92", "91", "90"));
    assertThat(g.values().stream().filter(x -> x.name().equals("优秀")).count()).isEqualTo(2);
    assertThat(g.values().stream().filter(x -> x.name().equals("良好")).count()).isEqualTo(3);
    assertThat(g.values().stream().filter(x -> x.name().equals("一般")).count()).isEqualTo(5);
    assertThat(g.get("u1").why()).isEqualTo("rank 1 of 10 within 优秀's quota of 20% (2 place(s))");
    // a tie at the edge of a quota is admitted
    List<RankedUnit> tied = List.of(new RankedUnit(1, "u1", new BigDecimal("99"), false),
        new RankedUnit(2, "u2", new BigDecimal("98"), true), new RankedUnit(2, "u3", new BigDecimal("98"), true),
        new RankedUnit(4, "u4", new BigDecimal("97"), false), new RankedUnit(5, "u5", new BigDecimal("96"), false),
        new RankedUnit(6, "u6", new BigDecimal("95"), false), new RankedUnit(7, "u7", new BigDecimal("94"), false),
        new RankedUnit(8, "u8", new BigDecimal("93"), false), new RankedUnit(9, "u9", new BigDecimal("92"), false),
        new RankedUnit(10, "u10", new BigDecimal("91"), false));
    Map<String, Grade> t = p.grade(tied);
    assertThat(t.get("u3").name()).isEqualTo("优秀");
    assertThat(t.get("u3").why()).endsWith(", admitted because tied with rank 2");
    assertThat(t.get("u4").name()).isEqualTo("良好");
    // a small field still gets one place per grade
    Map<String, Grade> small = p.grade(ranking("90", "80"));
    assertThat(small.get("u1").name()).isEqualTo("优秀");
    assertThat(small.get("u2").name()).isEqualTo("良好");
    assertThatThrownBy(() -> GradePolicy.quota(Map.of("优秀", 0.0), "一般")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> GradePolicy.quota(Map.of("优秀", 1.01), "一般")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0, 1]");
    assertThat(GradePolicy.quota(Map.of("优秀", 1.0), "一般")).isNotNull();
    Map<String, Double> tooMuch = new LinkedHashMap<>();
    tooMuch.put("优秀", 0.6);
    tooMuch.put("良好", 0.5);
    assertThatThrownBy(() -> GradePolicy.quota(tooMuch, "一般")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to at most 1");
  }
}
