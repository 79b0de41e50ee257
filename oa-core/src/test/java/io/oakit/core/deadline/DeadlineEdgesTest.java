package io.oakit.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.Urgency;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checks a clock makes on what it is told (time order, blank texts, policies) and the
 * thresholds where it changes its mind, each at the exact instant and a nanosecond before.
 * Monday 1 June 2026 is a working day; office hours 08:30–12:00 and 14:30–17:30 (390 minutes).
 */
class DeadlineEdgesTest {

  private static final WorkCalendar CAL = ChinaCalendars.official();
  private static final LocalDateTime MON_9 = LocalDateTime.of(2026, 6, 1, 9, 0);
  private static final LocalDateTime MON_8 = LocalDateTime.of(2026, 6, 1, 8, 0);
  private static final LocalDateTime TUE_9 = LocalDateTime.of(2026, 6, 2, 9, 0);
  private static final LocalDateTime WED_9 = LocalDateTime.of(2026, 6, 3, 9, 0);

  private final DeadlineClock tenDays = DeadlineClock.start(DeadlineRule.workingDays(10), CAL, MON_9);

  @Test
  void eventsBeforeTheLastOneAndBlankTextsAreRefused() {
    assertThatThrownBy(() -> tenDays.suspend(MON_8, "征求意见")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("last event");
    assertThatThrownBy(() -> tenDays.suspend(TUE_9, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    DeadlineClock suspended = tenDays.suspend(TUE_9, "征求意见");
    assertThatThrownBy(() -> suspended.resume(MON_9.plusHours(3))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("last event");
    assertThat(suspended.resume(WED_9).suspensions()).hasSize(1);
    assertThatThrownBy(() -> tenDays.extend(MON_8, DeadlineRule.workingDays(2), "李主任", "材料多"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last event");
    assertThatThrownBy(() -> tenDays.extend(TUE_9, DeadlineRule.workingDays(2), " ", "材料多"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("approver");
    assertThatThrownBy(() -> tenDays.extend(TUE_9, DeadlineRule.workingDays(2), "李主任", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> tenDays.complete(MON_8)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("last event");
    DeadlineClock extended = tenDays.extend(TUE_9, DeadlineRule.workingDays(2), "李主任", "材料多");
    assertThatThrownBy(() -> extended.complete(MON_9.plusHours(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("last event");
    assertThat(extended.complete(TUE_9).completedAt()).contains(TUE_9);
    assertThatThrownBy(() -> new Suspension(TUE_9, Optional.of(MON_9), "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before its start");
    assertThat(new Suspension(TUE_9, Optional.of(TUE_9), "x").endExclusive()).contains(TUE_9);
  }

  @Test
  void approachingStartsExactlyAtTheThreshold() {
    LocalDateTime threshold = CAL.plusWorkingTime(MON_9, tenDays.allowed().multipliedBy(4).dividedBy(5));
    assertThat(tenDays.status(threshold)).isEqualTo(DeadlineStatus.APPROACHING);
    assertThat(tenDays.status(threshold.minusNanos(1))).isEqualTo(DeadlineStatus.RUNNING);
    assertThat(tenDays.status(tenDays.due())).isEqualTo(DeadlineStatus.APPROACHING);
    assertThat(tenDays.status(tenDays.due().plusNanos(1))).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(tenDays.status(MON_9.minusNanos(1))).isEqualTo(DeadlineStatus.NOT_STARTED);
    DeadlineClock onlyAtDue = DeadlineClock.start(DeadlineRule.workingDays(10), CAL, MON_9, ExtensionPolicy.unlimited(),
        new ReminderPolicy(List.of(), List.of(), false, 0, 1.0));
    assertThat(onlyAtDue.status(onlyAtDue.due())).isEqualTo(DeadlineStatus.APPROACHING);
    assertThat(onlyAtDue.status(onlyAtDue.due().minusNanos(1))).isEqualTo(DeadlineStatus.RUNNING);
    assertThat(tenDays.fractionUsed(MON_9)).isZero();
    assertThat(tenDays.fractionUsed(tenDays.due())).isEqualTo(1.0);
  }

  @Test
  void aPeriodWithoutWorkingTimeIsUsedUpFromItsStart() {
    DeadlineClock none = DeadlineClock.start(DeadlineRule.workingMinutes(0), CAL, MON_9);
    assertThat(none.allowed()).isZero();
    assertThat(none.fractionUsed(MON_9.minusNanos(1))).isZero();
    assertThat(none.fractionUsed(MON_9)).isEqualTo(1.0);
    assertThat(none.fractionUsed(TUE_9)).isEqualTo(1.0);
  }

  @Test
  void aDecidedClockKeepsItsPeriodAndCountsLaterExtensionsFromIt() {
    DeadlineClock once = tenDays.extend(TUE_9, DeadlineRule.workingDays(2), "李主任", "材料多");
    LocalDateTime decidedEnd = once.periodEnd().plusDays(1);
    LocalDateTime decidedDue = once.due().plusDays(1);
    DeadlineClock decided = once.asDecided(decidedEnd, decidedDue);
    assertThat(decided.periodEnd()).isEqualTo(decidedEnd);
    assertThat(decided.due()).isEqualTo(decidedDue);
    DeadlineClock twice = decided.extend(WED_9, DeadlineRule.workingDays(3), "李主任", "再延");
    assertThat(twice.periodEnd()).isEqualTo(DeadlineRule.workingDays(3).dueInstant(CAL, decidedEnd));
    assertThat(twice.extensions()).hasSize(2);
    // completing keeps the decided due instant
    assertThat(decided.complete(WED_9).due()).isEqualTo(decidedDue);
    assertThatThrownBy(() -> once.asDecided(MON_8, decidedDue)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decidedPeriodEnd");
    assertThatThrownBy(() -> once.asDecided(decidedEnd, MON_8)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decidedDueInstant");
    DeadlineClock stored = DeadlineClock.decided(DeadlineRule.workingDays(10), CAL, MON_9, decidedEnd, decidedDue);
    assertThat(stored.due()).isEqualTo(decidedDue);
    assertThat(stored.periodEnd()).isEqualTo(decidedEnd);
    assertThat(stored.rule()).isEqualTo(DeadlineRule.workingDays(10));
    assertThat(stored.extensionPolicy().maxCount()).isEqualTo(Integer.MAX_VALUE);
    assertThat(stored.reminderPolicy()).isEqualTo(ReminderPolicy.defaults());
    assertThatThrownBy(() -> DeadlineClock.decided(DeadlineRule.workingDays(10), CAL, MON_9, MON_8, decidedDue))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodEnd");
    assertThatThrownBy(() -> DeadlineClock.decided(DeadlineRule.workingDays(10), CAL, MON_9, decidedEnd, MON_8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("due");
  }

  @Test
  void remindersSayWhatTheyAreAndStopAtCompletionOrSuspension() {
    List<Reminder> all = tenDays.reminders();
    assertThat(all).extracting(Reminder::description).contains("50% of the time used", "80% of the time used", "due now");
    LocalDateTime later = CAL.plusWorkingTime(MON_9, tenDays.allowed().multipliedBy(6).dividedBy(10));
    DeadlineClock suspended = tenDays.suspend(later, "征求意见");
    assertThat(suspended.reminders()).hasSize(1).allSatisfy(r -> assertThat(r.at()).isBefore(later));
    DeadlineClock completed = tenDays.complete(later);
    assertThat(completed.reminders()).hasSize(1).allSatisfy(r -> assertThat(r.at()).isBefore(later));
    assertThat(tenDays.toString()).contains("10 working days").contains("due " + tenDays.due())
        .contains("0 extension(s)").doesNotContain("completed");
    assertThat(completed.toString()).contains("completed " + later);
  }

  @Test
  void theExplanationNamesSuspensionsExtensionsAndTheCompletion() {
    DeadlineClock c = tenDays.suspend(TUE_9, "征求意见");
    assertThat(c.explain()).anyMatch(l -> l.startsWith("suspended since " + TUE_9 + " (征求意见)"));
    c = c.resume(WED_9);
    assertThat(c.explain()).anyMatch(l -> l.startsWith("suspended " + TUE_9 + " to " + WED_9 + " (征求意见): 6h30m"));
    DeadlineClock e = c.extend(WED_9, DeadlineRule.workingDays(1), "李主任", "材料多");
    assertThat(e.explain()).anyMatch(l -> l.startsWith("extended by 1 working day (approved by 李主任"));
    assertThat(e.explain()).anyMatch(l -> l.startsWith("due " + e.due()));
    LocalDateTime late = CAL.plusWorkingTime(e.due(), Duration.ofMinutes(90));
    assertThat(e.complete(late).explain()).last().isEqualTo("completed " + late + ", late by 1h30m of working time");
    assertThat(e.complete(WED_9).explain()).last().isEqualTo("completed " + WED_9 + ", on time");
    assertThat(tenDays.explain()).noneMatch(l -> l.contains("of working time allowed"));
  }

  @Test
  void durationsReadAsHoursAndMinutes() {
    assertThat(DeadlineRule.human(Duration.ZERO)).isEqualTo("0m");
    assertThat(DeadlineRule.human(Duration.ofMinutes(59))).isEqualTo("59m");
    assertThat(DeadlineRule.human(Duration.ofMinutes(60))).isEqualTo("1h");
    assertThat(DeadlineRule.human(Duration.ofMinutes(61))).isEqualTo("1h1m");
    assertThat(DeadlineRule.human(Duration.ofMinutes(120))).isEqualTo("2h");
    assertThat(DeadlineRule.human(Duration.ofMinutes(-90))).isEqualTo("-1h30m");
    assertThat(DeadlineRule.human(Duration.ofMinutes(-1))).isEqualTo("-1m");
  }

  @Test
  void rulesCompareByUnitAndAmount() {
    assertThat(DeadlineRule.of(DeadlineRule.Unit.WORKING_DAYS, 5)).isEqualTo(DeadlineRule.workingDays(5))
        .hasSameHashCodeAs(DeadlineRule.workingDays(5));
    assertThat(DeadlineRule.workingDays(5)).isNotEqualTo(DeadlineRule.workingDays(6))
        .isNotEqualTo(DeadlineRule.calendarDays(5)).isNotEqualTo("5 working days");
    assertThat(DeadlineRule.workingDays(5).hashCode()).isNotEqualTo(DeadlineRule.workingDays(6).hashCode());
    assertThat(DeadlineRule.calendarDays(5).hashCode()).isNotEqualTo(DeadlineRule.workingDays(5).hashCode());
  }

  @Test
  void countedDaysAreNumberedInRuns() {
    // Friday 2026-06-19 is the Dragon Boat Festival (端午节), a three-day holiday with the weekend
    List<String> calendarDays = DeadlineRule.calendarDays(3).explain(CAL, LocalDateTime.of(2026, 6, 17, 9, 0));
    assertThat(calendarDays).contains("2026-06-18: calendar day 1 (WORKDAY)",
        "2026-06-19..2026-06-21: calendar days 2–4 (HOLIDAY 端午节)", "2026-06-22: calendar day 5 (WORKDAY)");
    List<String> workingDays = DeadlineRule.workingDays(3).explain(CAL, LocalDateTime.of(2026, 6, 17, 9, 0));
    assertThat(workingDays).contains("2026-06-18: working day 1", "2026-06-19..2026-06-21: not counted, HOLIDAY 端午节 (3 days)",
        "2026-06-22..2026-06-23: working days 2–3");
  }

  @Test
  void statusesKnowTheirWarningLevel() {
    assertThat(DeadlineStatus.OVERDUE.warningLevel()).isEqualTo(WarningLevel.OVERDUE);
    assertThat(DeadlineStatus.APPROACHING.warningLevel()).isEqualTo(WarningLevel.APPROACHING);
    assertThat(DeadlineStatus.RUNNING.warningLevel()).isEqualTo(WarningLevel.NORMAL);
    assertThat(DeadlineStatus.COMPLETED_LATE.isCompleted()).isTrue();
    assertThat(DeadlineStatus.COMPLETED_ON_TIME.isCompleted()).isTrue();
    assertThat(DeadlineStatus.OVERDUE.isCompleted()).isFalse();
    assertThat(DeadlineStatus.RUNNING.isCompleted()).isFalse();
  }

  @Test
  void aTableSaysWhatItHolds() {
    DeadlineTable t = DeadlineTable.builder().forUrgency(Urgency.NORMAL, DeadlineRule.workingDays(15))
        .forKind(DocumentKind.REQUEST, Urgency.URGENT, DeadlineRule.workingDays(3)).build();
    assertThat(t.toString()).contains(Urgency.NORMAL.chinese() + "=15 working days")
        .contains(DocumentKind.REQUEST.chinese() + "/" + Urgency.URGENT.chinese() + "=3 working days");
  }

  @Test
  void extensionPoliciesCountAndTotalExactly() {
    assertThatThrownBy(() -> ExtensionPolicy.atMost(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCount");
    assertThatThrownBy(() -> ExtensionPolicy.atMost(-1, DeadlineRule.workingDays(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCount");
    assertThatThrownBy(() -> withPolicy(ExtensionPolicy.atMost(0)).extend(TUE_9, DeadlineRule.workingDays(1), "a", "r"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("at most 0");
    DeadlineClock one = withPolicy(ExtensionPolicy.atMost(1)).extend(TUE_9, DeadlineRule.workingDays(1), "a", "r");
    assertThatThrownBy(() -> one.extend(TUE_9, DeadlineRule.workingDays(1), "a", "r"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("1 already granted");
    DeadlineClock days = withPolicy(ExtensionPolicy.atMost(5, DeadlineRule.workingDays(5)))
        .extend(TUE_9, DeadlineRule.workingDays(3), "a", "r").extend(TUE_9, DeadlineRule.workingDays(2), "a", "r");
    assertThatThrownBy(() -> days.extend(TUE_9, DeadlineRule.workingDays(1), "a", "r"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("total 6");
    DeadlineClock hours = withPolicy(ExtensionPolicy.atMost(5, DeadlineRule.workingHours(2)))
        .extend(TUE_9, DeadlineRule.workingMinutes(61), "a", "r");
    assertThatThrownBy(() -> hours.extend(TUE_9, DeadlineRule.workingMinutes(1), "a", "r"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("total 3");
    DeadlineClock minutes = withPolicy(ExtensionPolicy.atMost(5, DeadlineRule.workingMinutes(120)))
        .extend(TUE_9, DeadlineRule.workingHours(2), "a", "r");
    assertThatThrownBy(() -> minutes.extend(TUE_9, DeadlineRule.workingMinutes(1), "a", "r"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("total 121");
    assertThatThrownBy(() -> withPolicy(ExtensionPolicy.atMost(5, DeadlineRule.workingDays(5)))
        .extend(TUE_9, DeadlineRule.workingHours(1), "a", "r"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("different unit");
    assertThat(ExtensionPolicy.atMost(2, DeadlineRule.workingDays(5)).maxCount()).isEqualTo(2);
    assertThat(ExtensionPolicy.atMost(2, DeadlineRule.workingDays(5)).maxTotal()).contains(DeadlineRule.workingDays(5));
    assertThat(ExtensionPolicy.atMost(2).maxTotal()).isEmpty();
    assertThat(ExtensionPolicy.unlimited()).hasToString("unlimited extensions");
    assertThat(ExtensionPolicy.atMost(2)).hasToString("at most 2 extension(s)");
    assertThat(ExtensionPolicy.atMost(2, DeadlineRule.workingDays(5)))
        .hasToString("at most 2 extension(s) totalling at most 5 working days");
    assertThat(ExtensionPolicy.atMost(Integer.MAX_VALUE, DeadlineRule.workingDays(5)).toString())
        .contains("totalling at most 5 working days");
  }

  private static DeadlineClock withPolicy(ExtensionPolicy policy) {
    return DeadlineClock.start(DeadlineRule.workingDays(10), CAL, MON_9, policy, ReminderPolicy.defaults());
  }

  @Test
  void reminderPoliciesRefuseValuesOutOfRange() {
    assertThatThrownBy(() -> new ReminderPolicy(List.of(0.0), List.of(), true, 0, 0.8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fractionsUsed");
    assertThatThrownBy(() -> new ReminderPolicy(List.of(1.0), List.of(), true, 0, 0.8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fractionsUsed");
    assertThatThrownBy(() -> new ReminderPolicy(List.of(), List.of(0), true, 0, 0.8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workingDaysBeforeDue");
    assertThatThrownBy(() -> new ReminderPolicy(List.of(), List.of(), true, -1, 0.8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overdueReminders");
    assertThatThrownBy(() -> new ReminderPolicy(List.of(), List.of(), true, 0, 0.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("approachingFraction");
    assertThatThrownBy(() -> new ReminderPolicy(List.of(), List.of(), true, 0, 1.01))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("approachingFraction");
    // the edges themselves are allowed
    new ReminderPolicy(List.of(0.01, 0.99), List.of(1), true, 0, 1.0);
  }
}
