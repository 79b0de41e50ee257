package io.oakit.core.supervision.scoring;

import io.oakit.testkit.SupervisionGenerators;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.UrgingChannel;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ScoringProperties {

  static final LocalDateTime YEAR_END = LocalDateTime.of(2026, 12, 31, 18, 0);
  static final AssessmentPeriod YEAR = AssessmentPeriod.year(2026);

  private static List<SupervisionItem> items(long seed, int count, int units) {
    List<SupervisionItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(SupervisionGenerators.item(seed * 1000 + i, units));
    }
    return items;
  }

  private static BigDecimal sum(List<ScoreLine> lines) {
    return lines.stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Property(tries = 300)
  void theScoreCardAgreesWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int daysAfter) {
    SupervisionItem item = SupervisionGenerators.item(seed, 5);
    LocalDateTime asOf = LocalDateTime.of(2026, 1, 5, 12, 0).plusDays(daysAfter).withYear(2026);
    if (asOf.getYear() > 2026) {
      asOf = YEAR_END;
    }
    for (String unit : item.units()) {
      assertThat(sum(ScoreCard.defaults().scoreItem(item, unit, asOf)))
          .as("item %s unit %s as of %s: %s", item.id(), unit, asOf, item.history())
          .isEqualByComparingTo(ReferenceScoreCard.points(item, unit, asOf));
    }
  }

  @Property(tries = 100)
  void totalsStayWithinBoundsAndEqualTheSumOfTheirLines(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
    for (ScoreCard card : List.of(ScoreCard.defaults(), ScoreCard.builder().bounds("97", "101").build())) {
      for (ScoreSheet sheet : Scoring.sheets(card, YEAR, items(seed, count, 4), YEAR_END).values()) {
        assertThat(sheet.total()).isBetween(card.floor(), card.ceiling());
        assertThat(sum(sheet.lines())).isEqualByComparingTo(sheet.total());
      }
    }
  }

  @Property(tries = 100)
  void theAccumulatorGivesTheSheetsOfTheWholeList(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int count,
      @ForAll @IntRange(min = 0, max = 5) int asked) {
    // items fed one at a time, kept by nobody: the same totals and lines as the sheets of the whole list
    List<SupervisionItem> all = items(seed, count, 5);
    List<String> units = new ArrayList<>();
    for (int u = 0; u < asked; u++) {
      units.add(SupervisionGenerators.unit(u));
    }
    for (ScoreCard card : List.of(ScoreCard.defaults(), ScoreCard.builder().bounds("97", "101").build())) {
      Map<String, ScoreSheet> whole = Scoring.sheets(card, YEAR, all, YEAR_END);
      Scoring.Accumulator acc = Scoring.accumulate(card, YEAR, YEAR_END, units);
      all.forEach(acc::add);
      Map<String, ScoreSheet> streamed = acc.sheets();
      assertThat(acc.units()).containsExactlyElementsOf(whole.keySet());
      assertThat(streamed.keySet()).containsExactlyElementsOf(whole.keySet().stream().filter(units::contains).toList());
      streamed.forEach((unit, sheet) -> {
        ScoreSheet expected = whole.get(unit);
        assertThat(sheet.total()).isEqualByComparingTo(expected.total());
        assertThat(sheet.lines()).isEqualTo(expected.lines());
      });
    }
  }

  private static SupervisionItem completedAfter(int hours, boolean extraUrging, Importance importance, int dueDays) {
    LocalDateTime t = LocalDateTime.of(2026, 3, 2, 9, 0);
    SupervisionItem item = SupervisionItem.register("m", ItemSource.HOTLINE_CASE, "热线工单", importance, t, "热线")
        .assign(t, "热线", "lead", List.of("co"),
            DeadlineClock.start(DeadlineRule.workingDays(dueDays), ChinaCalendars.official(), t), 3)
        .signFor(t.plusHours(1), "lead", "a").signFor(t.plusHours(2), "co", "b")
        .urge(t.plusDays(3), "lead", UrgingChannel.PHONE, "督查室", "");
    if (extraUrging) {
      item = item.urge(t.plusDays(3).plusHours(1), "lead", UrgingChannel.ON_SITE, "督查室", "");
    }
    return item.reportCompletion(t.plusDays(3).plusHours(2 + hours), "报结")
        .accept(t.plusDays(3).plusHours(3 + hours), "r", QualityRating.GOOD, true, "");
  }

  @Property(tries = 200)
  void finishingLaterNeverRaisesAScore(@ForAll @IntRange(max = 2000) int hours, @ForAll @IntRange(max = 500) int more,
      @ForAll @IntRange(min = 1, max = 20) int dueDays, @ForAll Importance importance) {
    SupervisionItem sooner = completedAfter(hours, false, importance, dueDays);
    SupervisionItem later = completedAfter(hours + more, false, importance, dueDays);
    for (String unit : List.of("lead", "co")) {
      assertThat(sum(ScoreCard.defaults().scoreItem(later, unit, YEAR_END)))
          .isLessThanOrEqualTo(sum(ScoreCard.defaults().scoreItem(sooner, unit, YEAR_END)));
    }
  }

  @Property(tries = 200)
  void anUrgingNeverRaisesAScore(@ForAll @IntRange(max = 2000) int hours, @ForAll @IntRange(min = 1, max = 20) int dueDays,
      @ForAll Importance importance) {
    SupervisionItem without = completedAfter(hours, false, importance, dueDays);
    SupervisionItem with = completedAfter(hours, true, importance, dueDays);
    for (String unit : List.of("lead", "co")) {
      assertThat(sum(ScoreCard.defaults().scoreItem(with, unit, YEAR_END)))
          .isLessThanOrEqualTo(sum(ScoreCard.defaults().scoreItem(without, unit, YEAR_END)));
    }
  }

  @Property(tries = 100)
  void rankingDoesNotDependOnInputOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
    List<ScoreSheet> sheets = new ArrayList<>(Scoring.sheets(ScoreCard.defaults(), YEAR, items(seed, count, 8), YEAR_END).values());
    List<RankedUnit> ranking = Ranking.rank(sheets);
    Collections.shuffle(sheets, new Random(seed));
    assertThat(Ranking.rank(sheets)).isEqualTo(ranking);
  }

  @Property(tries = 100)
  void aYearsItemPointsAreTheSumOfItsMonths(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count) {
    List<SupervisionItem> items = items(seed, count, 4);
    Map<String, ScoreSheet> year = Scoring.sheets(ScoreCard.defaults(), YEAR, items, YEAR_END);
    for (Map.Entry<String, ScoreSheet> e : year.entrySet()) {
      BigDecimal months = BigDecimal.ZERO;
      for (AssessmentPeriod month : YEAR.months()) {
        months = months.add(Scoring.sheet(ScoreCard.defaults(), e.getKey(), month, items, YEAR_END).itemPoints());
      }
      assertThat(months).isEqualByComparingTo(e.getValue().itemPoints());
    }
  }
}
