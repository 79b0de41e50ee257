package io.oakit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.QualityRating;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.Timeliness;
import io.oakit.core.supervision.UrgingChannel;
import io.oakit.core.supervision.scoring.AssessmentPeriod;
import io.oakit.core.supervision.scoring.ScoreCard;
import io.oakit.core.supervision.scoring.ScoreSheet;
import io.oakit.core.supervision.scoring.Scoring;
import io.oakit.core.supervision.scoring.StallingReport;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snippets of docs/supervision-and-scoring.md, run as tests. */
class SupervisionGuideTest {

  private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 6, 1, 9, 0);

  private SupervisionItem openItem() {
    return SupervisionItem.register("C", ItemSource.LEADER_INSTRUCTION, "落实县长批示", Importance.GENERAL,
            MONDAY.minusHours(1), "督查室")
        .assign(MONDAY, "督查室", "交通局", List.of(),
            DeadlineClock.start(DeadlineRule.workingDays(10), ChinaCalendars.official(), MONDAY), 0)
        .signFor(MONDAY.plusHours(1), "交通局", "张科长")
        .urge(LocalDateTime.of(2026, 6, 16, 9, 0), "交通局", UrgingChannel.PHONE, "督查室", "")
        .urge(LocalDateTime.of(2026, 6, 22, 9, 0), "交通局", UrgingChannel.DOCUMENT, "督查室", "")
        .urge(LocalDateTime.of(2026, 6, 29, 9, 0), "交通局", UrgingChannel.ON_SITE, "督查室", "");
  }

  @Test
  void aCustomCard() {
    ScoreCard card = ScoreCard.builder()
        .base("100").bounds("60", "110")
        .overdue("2", "20")
        .rating(QualityRating.POOR, "-5")
        .importanceWeight(Importance.MAJOR, "3")
        .build();
    ScoreSheet sheet = Scoring.sheet(card, "交通局", AssessmentPeriod.month(YearMonth.of(2026, 6)), List.of(openItem()),
        LocalDateTime.of(2026, 6, 30, 18, 0));
    assertThat(sheet.total()).isEqualByComparingTo("78.50"); // 10 days × -2 = -20 (the cap), 3 urgings × -0.5
  }

  @Test
  void factsAndTheStallingReport() {
    LocalDateTime end = LocalDateTime.of(2026, 6, 30, 18, 0);
    assertThat(openItem().facts(end).timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
    assertThat(openItem().facts(end).lateWorkingDays()).isEqualTo(10);
    assertThat(StallingReport.find(List.of(openItem()), end, 5, 2)).singleElement()
        .satisfies(e -> assertThat(e.why()).isEqualTo("overdue 10 working days (limit 5); urged 3 times (limit 2)"));
    assertThatThrownBy(() -> openItem().cancel(end, "撤销").urge(end, "交通局", UrgingChannel.PHONE, "a", "b"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageStartingWith("cannot urge in state CANCELLED");
  }
}
