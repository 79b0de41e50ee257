package io.oakit.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What a supervision item (督办事项) refuses: every step from a state that does not allow it, blank
 * texts, units it was not assigned to, a second sign-for, repeated co-units, events out of time
 * order; and what it answers: its due window to the day, its accessors, a deadline as decided.
 */
class SupervisionItemRulesTest {

  private static final LocalDateTime T = LocalDateTime.of(2026, 6, 1, 9, 0);
  private static final DeadlineClock TEN_DAYS = DeadlineClock.start(DeadlineRule.workingDays(10),
      ChinaCalendars.official(), T);

  private static SupervisionItem registered() {
    return SupervisionItem.register("督-1", ItemSource.MEETING_DECISION, " 修缮县城道路 ", Importance.IMPORTANT, T, "li");
  }

  private static SupervisionItem assigned() {
    return registered().assign(T, "li", "交通局", List.of("财政局"), TEN_DAYS, 5);
  }

  private static SupervisionItem inProgress() {
    return assigned().signFor(T.plusHours(1), "交通局", "zhang");
  }

  private static SupervisionItem reported() {
    return inProgress().reportCompletion(T.plusDays(3), "已完成");
  }

  private static SupervisionItem accepted() {
    return reported().accept(T.plusDays(4), "li", QualityRating.GOOD, true, "");
  }

  private static SupervisionItem closed() {
    return accepted().close(T.plusDays(5), "li");
  }

  private static SupervisionItem cancelled() {
    return assigned().cancel(T.plusDays(1), "不再需要");
  }

  private static SupervisionItem archived() {
    return closed().archive(T.plusDays(6));
  }

  private static final List<Function<SupervisionItem, SupervisionItem>> STEPS = List.of(
      i -> i.assign(T.plusDays(7), "li", "交通局", List.of(), TEN_DAYS, 0),
      i -> i.signFor(T.plusDays(7), "交通局", "zhang"),
      i -> i.reportProgress(T.plusDays(7), "交通局", "进展"),
      i -> i.urge(T.plusDays(7), "交通局", UrgingChannel.PHONE, "li", "请抓紧"),
      i -> i.reportCompletion(T.plusDays(7), "完成"),
      i -> i.accept(T.plusDays(7), "li", QualityRating.GOOD, true, ""),
      i -> i.returnForRework(T.plusDays(7), "li", "不完整"),
      i -> i.commend(T.plusDays(7), "交通局", "li", "好"),
      i -> i.callBack(T.plusDays(7), true, "满意"),
      i -> i.close(T.plusDays(7), "li"),
      i -> i.archive(T.plusDays(7)),
      i -> i.cancel(T.plusDays(7), "撤销"),
      i -> i.extendDeadline(T.plusDays(7), DeadlineRule.workingDays(2), "li", "材料多"));

  /** Which steps (by index in STEPS) each state allows. */
  private static final List<List<Integer>> ALLOWED = List.of(
      List.of(0, 11),                          // REGISTERED: assign, cancel
      List.of(1, 3, 7, 11, 12),                // ASSIGNED: sign for, urge, commend, cancel, extend
      List.of(1, 2, 3, 4, 7, 11, 12),          // IN_PROGRESS (co-unit 财政局 may still sign for)
      List.of(5, 6, 7, 11),                    // COMPLETION_REPORTED: accept, return, commend, cancel
      List.of(7, 8, 9, 11),                    // ACCEPTED: commend, call back, close, cancel
      List.of(7, 8, 10),                       // CLOSED: commend, call back, archive
      List.of(7, 8),                           // ARCHIVED: commend, call back
      List.of(10));                            // CANCELLED: archive

  @Test
  void everyStepIsRefusedInEveryStateThatDoesNotAllowIt() {
    List<SupervisionItem> inEachState = List.of(registered(), assigned(), inProgress(), reported(), accepted(),
        closed(), archived(), cancelled());
    for (int s = 0; s < inEachState.size(); s++) {
      SupervisionItem item = inEachState.get(s);
      for (int step = 0; step < STEPS.size(); step++) {
        Function<SupervisionItem, SupervisionItem> f = STEPS.get(step);
        boolean allowed = ALLOWED.get(s).contains(step);
        if (allowed) {
          // the co-unit signs for in IN_PROGRESS, the lead unit already has
          if (step == 1 && s == 2) {
            f = i -> i.signFor(T.plusDays(7), "财政局", "wang");
          }
          assertThat(f.apply(item)).as("state %s, step %s", item.state(), step).isNotNull();
        } else {
          Function<SupervisionItem, SupervisionItem> g = f;
          assertThatThrownBy(() -> g.apply(item)).as("state %s, step %s", item.state(), step)
              .isInstanceOf(IllegalTransitionException.class);
        }
      }
    }
  }

  @Test
  void blankTextsUnknownUnitsAndRepeatsAreRefused() {
    assertThatThrownBy(() -> SupervisionItem.register(" ", ItemSource.PETITION, "x", Importance.GENERAL, T, "li"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> SupervisionItem.register("督-2", ItemSource.PETITION, " ", Importance.GENERAL, T, "li"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content");
    assertThatThrownBy(() -> SupervisionItem.register("督-2", ItemSource.PETITION, "x", Importance.GENERAL, T, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("by");
    SupervisionItem r = registered();
    assertThat(r.content()).isEqualTo("修缮县城道路");
    assertThatThrownBy(() -> r.assign(T, "li", " ", List.of(), TEN_DAYS, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leadUnit");
    assertThatThrownBy(() -> r.assign(T, "li", "交通局", List.of("交通局"), TEN_DAYS, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("co-unit");
    assertThatThrownBy(() -> r.assign(T, "li", "交通局", List.of("财政局", "财政局"), TEN_DAYS, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
    assertThatThrownBy(() -> r.assign(T, "li", "交通局", List.of(), TEN_DAYS, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("progressEveryWorkingDays");
    assertThatThrownBy(() -> r.assign(T.minusMinutes(1), "li", "交通局", List.of(), TEN_DAYS, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last event");
    SupervisionItem a = assigned();
    assertThatThrownBy(() -> a.signFor(T, "教育局", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("教育局");
    assertThatThrownBy(() -> a.urge(T, "教育局", UrgingChannel.PHONE, "li", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.commend(T, "教育局", "li", "")).isInstanceOf(IllegalArgumentException.class);
    SupervisionItem p = inProgress();
    assertThatThrownBy(() -> p.signFor(T.plusHours(2), "交通局", "zhang")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already signed");
    assertThatThrownBy(() -> p.reportProgress(T.plusHours(2), "教育局", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reported().returnForRework(T.plusDays(4), "li", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> a.cancel(T.plusDays(1), " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> a.extendDeadline(T.minusDays(1), DeadlineRule.workingDays(1), "li", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last event");
  }

  @Test
  void anItemAnswersWhatItHolds() {
    SupervisionItem p = inProgress().reportProgress(T.plusDays(1), "交通局", "进展一");
    assertThat(p.id()).isEqualTo("督-1");
    assertThat(p.source()).isEqualTo(ItemSource.MEETING_DECISION);
    assertThat(p.importance()).isEqualTo(Importance.IMPORTANT);
    assertThat(p.state()).isEqualTo(ItemState.IN_PROGRESS);
    assertThat(p.history()).hasSize(4);
    assertThat(p.leadUnit()).contains("交通局");
    assertThat(p.coUnits()).containsExactly("财政局");
    assertThat(p.units()).containsExactly("交通局", "财政局");
    assertThat(p.handlers()).containsEntry("交通局", "zhang").doesNotContainKey("财政局");
    assertThat(p.progressEveryWorkingDays()).isEqualTo(5);
    assertThat(p.deadline()).contains(TEN_DAYS);
    assertThat(p.cancelled()).isFalse();
    assertThat(cancelled().cancelled()).isTrue();
    assertThat(registered().leadUnit()).isEmpty();
    assertThat(registered().coUnits()).isEmpty();
    assertThat(p.events(SupervisionEvent.ProgressReported.class)).hasSize(1);
    assertThat(p.toString()).contains("督-1").contains("IN_PROGRESS");
  }

  @Test
  void theDueWindowIsHalfOpenToTheDay() {
    SupervisionItem a = assigned();
    LocalDate due = TEN_DAYS.due().toLocalDate();
    assertThat(a.dueWithin(due, due.plusDays(1))).isTrue();
    assertThat(a.dueWithin(due.plusDays(1), due.plusDays(2))).isFalse();
    assertThat(a.dueWithin(due.minusDays(1), due)).isFalse();
    assertThat(registered().dueWithin(LocalDate.MIN, LocalDate.MAX)).isFalse();
  }

  @Test
  void aDeadlineCanBeExtendedOrRestoredAsDecided() {
    SupervisionItem a = assigned();
    SupervisionItem extended = a.extendDeadline(T.plusDays(1), DeadlineRule.workingDays(2), "li", "材料多");
    assertThat(extended.deadline().orElseThrow().due()).isAfter(TEN_DAYS.due());
    assertThat(extended.history()).isEqualTo(a.history());
    LocalDateTime decided = TEN_DAYS.due().plusDays(1);
    SupervisionItem restored = a.withDeadlineAsDecided(TEN_DAYS.periodEnd(), decided);
    assertThat(restored.deadline().orElseThrow().due()).isEqualTo(decided);
    assertThat(restored.state()).isEqualTo(ItemState.ASSIGNED);
    assertThatThrownBy(() -> registered().withDeadlineAsDecided(T, T)).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("no deadline");
  }

  @Test
  void aReassignmentGoesOnlyToAnotherUnitBeforeTheLeadSigned() {
    assertThatThrownBy(() -> inProgress().reassign(T.plusHours(2), "li", "住建局", "转办"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> assigned().reassign(T.plusHours(2), "li", "交通局", "转办"))
        .hasMessageContaining("lead unit of item 督-1 already");
    assertThatThrownBy(() -> assigned().reassign(T.plusHours(2), "li", "财政局", "转办"))
        .hasMessageContaining("co-unit");
    assertThatThrownBy(() -> assigned().reassign(T.plusHours(2), "li", "住建局", " ")).hasMessageContaining("reason");
    SupervisionItem moved = assigned().reassign(T.plusHours(2), "li", "住建局", "转办");
    assertThat(moved.leadUnit()).contains("住建局");
    assertThat(moved.units()).containsExactly("住建局", "财政局");
    assertThat(moved.formerUnits()).containsExactly("交通局");
    assertThat(moved.scoredUnits()).containsExactly("住建局", "财政局", "交通局");
    // back again: no longer former
    SupervisionItem back = moved.reassign(T.plusHours(3), "li", "交通局", "再转");
    assertThat(back.formerUnits()).containsExactly("住建局");
    assertThatThrownBy(() -> moved.handBack(T.plusHours(3), "交通局", "zhang", "x")).hasMessageContaining("not assigned");
  }
}
