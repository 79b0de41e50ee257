package io.oakit.core.supervision.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.UrgingChannel;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stalling units (推诿扯皮) by hand: an item assigned on Monday 1 June 2026 with 5 working days (the
 * start day not counted) is due Monday 8 June at 17:30; on Wednesday 10 June at 18:00 it is 2
 * working days late. The lead unit is
 * urged twice, the co-unit once (and once more after the report's instant).
 */
class StallingReportTest {

  private static final WorkCalendar CAL = ChinaCalendars.official();
  private static final LocalDateTime MON = LocalDateTime.of(2026, 6, 1, 9, 0);
  private static final LocalDateTime AS_OF = LocalDateTime.of(2026, 6, 10, 18, 0);

  private static SupervisionItem item() {
    return SupervisionItem.register("督-1", ItemSource.MEETING_DECISION, "修路", Importance.GENERAL, MON, "li")
        .assign(MON, "li", "交通局", List.of("财政局"), DeadlineClock.start(DeadlineRule.workingDays(5), CAL, MON), 0)
        .signFor(MON.plusHours(1), "交通局", "zhang")
        .urge(MON.plusDays(5), "交通局", UrgingChannel.PHONE, "li", "")
        .urge(MON.plusDays(6), "交通局", UrgingChannel.DOCUMENT, "li", "")
        .urge(MON.plusDays(7), "财政局", UrgingChannel.PHONE, "li", "")
        .urge(AS_OF.plusMinutes(1), "财政局", UrgingChannel.PHONE, "li", "");
  }

  @Test
  void limitsAreExceededStrictly() {
    assertThat(item().facts(AS_OF).lateWorkingDays()).isEqualTo(2);
    List<StallingReport.Entry> atTheLimits = StallingReport.find(List.of(item()), AS_OF, 2, 2);
    assertThat(atTheLimits).isEmpty();
    List<StallingReport.Entry> below = StallingReport.find(List.of(item()), AS_OF, 1, 1);
    assertThat(below).containsExactly(
        new StallingReport.Entry("交通局", "督-1", 2, 2, "overdue 2 working days (limit 1); urged 2 times (limit 1)"));
    List<StallingReport.Entry> strict = StallingReport.find(List.of(item()), AS_OF, 0, 0);
    assertThat(strict).containsExactly(
        new StallingReport.Entry("交通局", "督-1", 2, 2, "overdue 2 working days (limit 0); urged 2 times (limit 0)"),
        new StallingReport.Entry("财政局", "督-1", 0, 1, "urged 1 times (limit 0)"));
  }

  @Test
  void finishedItemsAndBadLimitsAreLeftOut() {
    SupervisionItem done = item().reportCompletion(AS_OF.plusMinutes(2), "完成")
        .accept(AS_OF.plusMinutes(3), "li", io.oakit.core.supervision.QualityRating.GOOD, true, "");
    assertThat(StallingReport.find(List.of(done), AS_OF.plusMinutes(4), 0, 0)).isEmpty();
    assertThatThrownBy(() -> StallingReport.find(List.of(), AS_OF, -1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overdueMoreThan");
    assertThatThrownBy(() -> StallingReport.find(List.of(), AS_OF, 0, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("urgedMoreThan");
  }
}
