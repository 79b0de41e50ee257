package io.oakit.core.supervision.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A score sheet (考核表) written by hand: its lines read as an assessor writes them, its totals add
 * up, items' contributions are kept apart from the base, and two sheets or lines are equal exactly
 * when every figure is.
 */
class ScoreSheetTest {

  private static final AssessmentPeriod JUNE = AssessmentPeriod.month(YearMonth.of(2026, 6));
  private static final ScoreLine BASE = new ScoreLine("交通局", "", ScoreRule.BASE, 1, new BigDecimal("100"), BigDecimal.ONE,
      "", new BigDecimal("100"));
  private static final ScoreLine OVERDUE = new ScoreLine("交通局", "督-1", ScoreRule.OVERDUE, 3, new BigDecimal("-0.5"),
      new BigDecimal("1.5"), "重要 ×1.5", new BigDecimal("-2.25"));
  private static final ScoreLine COMMENDED = new ScoreLine("交通局", "督-2", ScoreRule.COMMENDATION, 1, new BigDecimal("2"),
      BigDecimal.ONE, "", new BigDecimal("2"));

  @Test
  void linesReadAsAnAssessorWritesThem() {
    assertThat(BASE.describe()).isEqualTo("+100.00  base score");
    assertThat(OVERDUE.describe()).isEqualTo("-2.25  overdue  item 督-1: 3 × -0.5 (重要 ×1.5)");
    assertThat(COMMENDED).hasToString("+2.00  leader's commendation  item 督-2: 1 × 2");
    assertThat(new ScoreLine("交通局", "", ScoreRule.BOUNDS, 1, BigDecimal.ZERO, BigDecimal.ONE, "", BigDecimal.ZERO)
        .describe()).isEqualTo("0.00  floor/ceiling");
    assertThat(OVERDUE.unit()).isEqualTo("交通局");
    assertThat(OVERDUE.itemId()).isEqualTo("督-1");
    assertThat(OVERDUE.rule()).isEqualTo(ScoreRule.OVERDUE);
    assertThat(OVERDUE.quantity()).isEqualTo(3);
    assertThat(OVERDUE.perUnit()).isEqualByComparingTo("-0.5");
    assertThat(OVERDUE.weight()).isEqualByComparingTo("1.5");
    assertThat(OVERDUE.weightNote()).isEqualTo("重要 ×1.5");
    assertThat(OVERDUE.pointsInHundredths()).isEqualTo(-225);
    assertThatThrownBy(() -> new ScoreLine("u", "", ScoreRule.BASE, 1, BigDecimal.ONE, BigDecimal.ONE, "",
        new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two decimals");
  }

  @Test
  void linesAreEqualExactlyWhenEveryFigureIs() {
    ScoreLine same = new ScoreLine("交通局", "督-1", ScoreRule.OVERDUE, 3, new BigDecimal("-0.50"), new BigDecimal("1.50"),
        "重要 ×1.5", new BigDecimal("-2.250"));
    assertThat(same).isEqualTo(OVERDUE).hasSameHashCodeAs(OVERDUE);
    List<ScoreLine> different = List.of(
        new ScoreLine("财政局", "督-1", ScoreRule.OVERDUE, 3, new BigDecimal("-0.5"), new BigDecimal("1.5"), "重要 ×1.5", new BigDecimal("-2.25")),
        new ScoreLine("交通局", "督-9", ScoreRule.OVERDUE, 3, new BigDecimal("-0.5"), new BigDecimal("1.5"), "重要 ×1.5", new BigDecimal("-2.25")),
        new ScoreLine("交通局", "督-1", ScoreRule.REWORK, 3, new BigDecimal("-0.5"), new BigDecimal("1.5"), "重要 ×1.5", new BigDecimal("-2.25")),
        new ScoreLine("交通局", "督-1", ScoreRule.OVERDUE, 4, new BigDecimal("-0.5"), new BigDecimal("1.5"), "重要 ×1.5", new BigDecimal("-2.25")),
        new ScoreLine("交通局", "督-1", ScoreRule.OVERDUE, 3, new BigDecimal("-0.6"), new BigDecimal("1.5"), "重要 ×1.5", new BigDecimal("-2.25")),
        new ScoreLine("交通局", "督-1", ScoreRule.OVERDUE, 3, new BigDecimal("-0.5"), new BigDecimal("2"), "重要 ×1.5", new BigDecimal("-2.25")),
        new ScoreLine("交通局", "督-1", ScoreRule.OVERDUE, 3, new BigDecimal("-0.5"), new BigDecimal("1.5"), "", new BigDecimal("-2.25")),
        new ScoreLine("交通局", "督-1", ScoreRule.OVERDUE, 3, new BigDecimal("-0.5"), new BigDecimal("1.5"), "重要 ×1.5", new BigDecimal("-2.26")));
    for (ScoreLine d : different) {
      assertThat(d).as(d.describe()).isNotEqualTo(OVERDUE);
    }
    assertThat(OVERDUE).isNotEqualTo("-2.25");
    assertThat(OVERDUE.hashCode()).isNotEqualTo(different.get(0).hashCode());
  }

  @Test
  void aSheetAddsUpAndKeepsItemsApartFromTheBase() {
    ScoreSheet sheet = ScoreSheet.of("交通局", JUNE, List.of(BASE, OVERDUE, COMMENDED));
    assertThat(sheet.unit()).isEqualTo("交通局");
    assertThat(sheet.period()).isEqualTo(JUNE);
    assertThat(sheet.total()).isEqualByComparingTo("99.75");
    assertThat(sheet.itemPoints()).isEqualByComparingTo("-0.25");
    assertThat(sheet.contributions()).containsOnlyKeys("督-1", "督-2");
    assertThat(sheet.contributions().get("督-1")).isEqualByComparingTo("-2.25");
    assertThat(sheet.lines()).containsExactly(BASE, OVERDUE, COMMENDED);
    assertThat(sheet.toString()).isEqualTo("交通局 2026-06\n  +100.00  base score\n  -2.25  overdue  item 督-1: 3 × -0.5 (重要 ×1.5)\n"
        + "  +2.00  leader's commendation  item 督-2: 1 × 2\n  = 99.75");
    ScoreSheet same = ScoreSheet.of("交通局", JUNE, List.of(BASE, OVERDUE, COMMENDED));
    assertThat(same).isEqualTo(sheet).hasSameHashCodeAs(sheet);
    assertThat(ScoreSheet.of("财政局", JUNE, List.of(BASE, OVERDUE, COMMENDED))).isNotEqualTo(sheet);
    assertThat(ScoreSheet.of("交通局", AssessmentPeriod.month(YearMonth.of(2026, 7)), List.of(BASE, OVERDUE, COMMENDED)))
        .isNotEqualTo(sheet);
    assertThat(ScoreSheet.of("交通局", JUNE, List.of(BASE, OVERDUE))).isNotEqualTo(sheet);
    assertThat(ScoreSheet.of("交通局", JUNE, List.of(BASE, COMMENDED, OVERDUE))).as("same total, other lines")
        .isNotEqualTo(sheet);
    assertThat(sheet).isNotEqualTo("交通局");
  }
}
