package io.oakit.core.supervision;

import static io.oakit.core.supervision.SupervisionFixtures.assigned;
import static io.oakit.core.supervision.SupervisionFixtures.june;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisionItemTest {

  @Test
  void aFullLifeWithReworkAndItsFacts() {
    SupervisionItem item = SupervisionFixtures.itemA();
    assertThat(item.state()).isEqualTo(ItemState.ACCEPTED);
    assertThat(item.handlers()).containsEntry("交通局", "张科长").containsEntry("财政局", "王科长");
    ItemFacts f = item.facts(june(30, 18));
    assertThat(f.due()).contains(june(15, 17).plusMinutes(30));
    assertThat(f.completedAt()).contains(june(22, 10));
    assertThat(f.timeliness()).isEqualTo(Timeliness.LATE);
    assertThat(f.lateWorkingDays()).isEqualTo(4);     // Jun 16, 17, 18, 22 (19 is 端午节, 20-21 weekend)
    assertThat(f.urgings()).isEqualTo(1);
    assertThat(f.urgingsAfterDue()).isEqualTo(1);
    assertThat(f.reworks()).isEqualTo(1);
    assertThat(f.workingDaysToSignFor()).containsEntry("交通局", 0).containsEntry("财政局", 3);
    assertThat(f.rating()).contains(QualityRating.GOOD);
    // earlier in its life the same item was open and on track, then overdue
    assertThat(item.facts(june(10, 9)).timeliness()).isEqualTo(Timeliness.OPEN);
    assertThat(item.facts(june(17, 9)).timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
    assertThat(item.facts(june(17, 9)).lateWorkingDays()).isEqualTo(2);
    assertThat(item.close(june(23, 9), "督查室").archive(june(24, 9)).state()).isEqualTo(ItemState.ARCHIVED);
  }

  @Test
  void missedProgressReports() {
    SupervisionItem item = SupervisionItem.register("P", ItemSource.MEETING_DECISION, "会议决定事项", Importance.GENERAL,
            june(1, 8), "督查室")
        .assign(june(1, 9), "督查室", "交通局", List.of(),
            DeadlineClock.start(DeadlineRule.workingDays(20), ChinaCalendars.official(), june(1, 9)), 5)
        .signFor(june(1, 10), "交通局", "张科长")
        .reportProgress(june(5, 10), "交通局", "已部署");
    // 13 working days from Jun 1 to Jun 18: two reports due (every 5), one made
    assertThat(item.facts(june(18, 12)).progressReportsMissed()).isEqualTo(1);
  }

  @Test
  void illegalTransitionsNameTheStateAndAction() {
    SupervisionItem registered = SupervisionItem.register("X", ItemSource.PETITION, "信访事项", Importance.GENERAL,
        june(1, 8), "信访科");
    assertThatThrownBy(() -> registered.reportCompletion(june(2, 8), "done"))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.state()).isEqualTo("REGISTERED");
          assertThat(e.action()).isEqualTo("report completion");
        });
    SupervisionItem item = assigned("Y", Importance.GENERAL, "交通局", List.of("财政局"));
    assertThatThrownBy(() -> item.signFor(june(2, 8), "公安局", "x")).hasMessageContaining("unit 公安局 is not assigned to item Y");
    assertThatThrownBy(() -> item.signFor(june(2, 8), "交通局", "x").signFor(june(2, 9), "交通局", "y"))
        .hasMessageContaining("already signed");
    assertThatThrownBy(() -> item.signFor(june(1, 8), "交通局", "x")).hasMessageContaining("last event");
    assertThatThrownBy(() -> item.cancel(june(2, 8), " ")).hasMessageContaining("reason");
    SupervisionItem cancelled = item.cancel(june(2, 8), "重复立项");
    assertThatThrownBy(() -> cancelled.urge(june(3, 8), "交通局", UrgingChannel.PHONE, "a", "b"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot urge in state CANCELLED");
    assertThat(cancelled.facts(june(30, 8)).timeliness()).isEqualTo(Timeliness.CANCELLED);
    assertThat(item.state()).isEqualTo(ItemState.ASSIGNED);
  }
}
