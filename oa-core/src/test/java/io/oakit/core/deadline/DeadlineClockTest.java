package io.oakit.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.IllegalTransitionException;
import io.oakit.core.calendar.CalendarCoverageException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.document.DocumentKind;
import io.oakit.core.document.Urgency;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineClockTest {

  private final WorkCalendar cal = ChinaCalendars.official();

  private static LocalDateTime at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute);
  }

  @Test
  void disclosureReplyWithThirdPartyConsultation() {
    DeadlineClock clock = StatutoryDeadlines.informationDisclosureReply().start(cal, at(9, 15, 9, 0));
    assertThat(clock.due()).isEqualTo(at(10, 19, 17, 30));
    DeadlineClock suspended = clock.suspend(at(9, 21, 9, 0), "征求第三方意见");
    assertThat(suspended.status(at(9, 23, 10, 0))).isEqualTo(DeadlineStatus.SUSPENDED);
    // remaining time is frozen while suspended
    assertThat(suspended.remaining(at(9, 22, 10, 0))).isEqualTo(suspended.remaining(at(9, 24, 16, 0)));
    DeadlineClock resumed = suspended.resume(at(9, 25, 17, 30));
    // suspended Mon Sep 21 09:00 to the close of Thu Sep 24 (Fri 25th is 中秋节): four days less Monday's first 30 minutes
    Duration suspendedTime = cal.workingTimeBetween(at(9, 21, 9, 0), at(9, 25, 17, 30));
    assertThat(suspendedTime).isEqualTo(Duration.ofMinutes(390 * 4 - 30));
    assertThat(cal.workingTimeBetween(clock.due(), resumed.due())).isEqualTo(suspendedTime);
    assertThat(resumed.due()).isEqualTo(at(10, 23, 17, 0));
    assertThat(resumed.status(at(10, 20, 10, 0))).isEqualTo(DeadlineStatus.APPROACHING);
    assertThat(resumed.status(at(10, 23, 17, 0))).isEqualTo(DeadlineStatus.APPROACHING);
    assertThat(resumed.status(at(10, 23, 17, 1))).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(resumed.status(at(9, 16, 10, 0))).isEqualTo(DeadlineStatus.RUNNING);
    assertThat(resumed.status(at(9, 15, 8, 0))).isEqualTo(DeadlineStatus.NOT_STARTED);
  }

  @Test
  void elapsedPlusRemainingIsTheAllowedTime() {
    DeadlineClock clock = DeadlineClock.start(DeadlineRule.workingDays(5), cal, at(6, 1, 9, 0))
        .suspend(at(6, 2, 10, 0), "等待材料").resume(at(6, 3, 10, 0));
    LocalDateTime t = at(6, 4, 15, 0);
    assertThat(clock.elapsed(t).plus(clock.remaining(t))).isEqualTo(clock.allowed());
    assertThat(clock.fractionUsed(clock.start())).isZero();
    assertThat(clock.fractionUsed(clock.due())).isEqualTo(1.0);
  }

  @Test
  void extensionsAddToThePeriodWithinThePolicy() {
    DeadlineClock clock = StatutoryDeadlines.administrativeLicensing().start(cal, at(3, 2, 9, 0));
    assertThat(clock.due()).isEqualTo(at(3, 30, 17, 30));
    DeadlineClock extended = clock.extend(at(3, 25, 9, 0), DeadlineRule.workingDays(10), "局长", "需现场核查");
    assertThat(extended.due()).isEqualTo(at(4, 14, 17, 30)); // Apr 3 and Apr 6 are 清明 days off
    assertThatThrownBy(() -> extended.extend(at(3, 26, 9, 0), DeadlineRule.workingDays(1), "局长", "再延"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("at most 1 extension");
    assertThatThrownBy(() -> clock.extend(at(3, 25, 9, 0), DeadlineRule.workingDays(11), "局长", "需现场核查"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("10 working days");
    assertThatThrownBy(() -> clock.extend(at(3, 25, 9, 0), DeadlineRule.calendarDays(5), "局长", "x"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("different unit");
  }

  @Test
  void anExtensionRequestedAfterTheDueInstantIsRefused() {
    DeadlineClock clock = DeadlineClock.start(DeadlineRule.workingDays(2), cal, at(6, 1, 9, 0));
    assertThat(clock.due()).isEqualTo(at(6, 3, 17, 30));
    assertThat(clock.extend(at(6, 3, 17, 30), DeadlineRule.workingDays(1), "主任", "x").due()).isEqualTo(at(6, 4, 17, 30));
    assertThatThrownBy(() -> clock.extend(at(6, 3, 17, 31), DeadlineRule.workingDays(1), "主任", "x"))
        .isInstanceOf(ExtensionRefusedException.class).hasMessageContaining("after the due instant 2026-06-03T17:30");
  }

  @Test
  void completion() {
    DeadlineClock clock = DeadlineClock.start(DeadlineRule.workingDays(2), cal, at(6, 1, 9, 0));
    assertThat(clock.complete(at(6, 3, 17, 0)).status(at(6, 10, 9, 0))).isEqualTo(DeadlineStatus.COMPLETED_ON_TIME);
    DeadlineClock late = clock.complete(at(6, 4, 10, 0));
    assertThat(late.status(at(6, 10, 9, 0))).isEqualTo(DeadlineStatus.COMPLETED_LATE);
    assertThat(late.status(at(6, 4, 9, 0))).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(late.explain()).last().isEqualTo("completed 2026-06-04T10:00, late by 1h30m of working time");
    // completing while suspended closes the suspension
    DeadlineClock done = clock.suspend(at(6, 2, 9, 0), "x").complete(at(6, 5, 9, 0));
    assertThat(done.suspensions().get(0).endExclusive()).contains(at(6, 5, 9, 0));
    assertThat(done.status(at(6, 5, 9, 0))).isEqualTo(DeadlineStatus.COMPLETED_ON_TIME);
  }

  @Test
  void illegalTransitionsNameTheStateAndChangeNothing() {
    DeadlineClock clock = DeadlineClock.start(DeadlineRule.workingDays(2), cal, at(6, 1, 9, 0));
    assertThatThrownBy(() -> clock.resume(at(6, 2, 9, 0)))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.state()).isEqualTo("RUNNING");
          assertThat(e.action()).isEqualTo("resume");
        });
    DeadlineClock suspended = clock.suspend(at(6, 2, 9, 0), "x");
    assertThatThrownBy(() -> suspended.suspend(at(6, 2, 10, 0), "y"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot suspend in state SUSPENDED");
    DeadlineClock done = clock.complete(at(6, 2, 9, 0));
    assertThatThrownBy(() -> done.complete(at(6, 3, 9, 0)))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot complete in state COMPLETED");
    assertThatThrownBy(() -> done.extend(at(6, 3, 9, 0), DeadlineRule.workingDays(1), "a", "b"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot extend in state COMPLETED");
    assertThatThrownBy(() -> suspended.resume(at(6, 1, 10, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last event 2026-06-02T09:00");
    assertThatThrownBy(() -> clock.suspend(at(6, 2, 9, 0), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThat(clock.suspensions()).isEmpty();
    assertThat(suspended.suspensions()).hasSize(1);
  }

  @Test
  void defaultReminders() {
    DeadlineClock clock = DeadlineClock.start(DeadlineRule.workingDays(10), cal, at(6, 1, 8, 30));
    List<Reminder> reminders = clock.reminders();
    // Jun 1 is a Monday, not counted; working days 1-4 are Jun 2-5, 5-9 are Jun 8-12, 10 is Jun 15
    assertThat(clock.due()).isEqualTo(at(6, 15, 17, 30));
    assertThat(reminders).extracting(Reminder::kind).containsExactly(
        Reminder.Kind.FRACTION_USED, Reminder.Kind.FRACTION_USED, Reminder.Kind.BEFORE_DUE, Reminder.Kind.AT_DUE,
        Reminder.Kind.OVERDUE, Reminder.Kind.OVERDUE, Reminder.Kind.OVERDUE, Reminder.Kind.OVERDUE,
        Reminder.Kind.OVERDUE, Reminder.Kind.OVERDUE, Reminder.Kind.OVERDUE, Reminder.Kind.OVERDUE,
        Reminder.Kind.OVERDUE, Reminder.Kind.OVERDUE);
    // allowed: 11 days of 6h30 = 71h30; 50% = 35h45 = Jun 1-5 (32h30) + 3h15 of Jun 8 from 08:30
    assertThat(reminders.get(0).at()).isEqualTo(at(6, 8, 11, 45));
    // 80% = 57h12 = Jun 1-10 (52h) + 5h12 of Jun 11: the morning's 3h30, then 1h42 from 14:30
    assertThat(reminders.get(1).at()).isEqualTo(at(6, 11, 16, 12));
    assertThat(reminders.get(2).at()).isEqualTo(at(6, 12, 17, 30));
    assertThat(reminders.get(3).at()).isEqualTo(at(6, 15, 17, 30));
    assertThat(reminders.get(4).at()).isEqualTo(at(6, 16, 17, 30));
    assertThat(reminders.get(7).at()).isEqualTo(at(6, 22, 17, 30)); // Jun 19 is 端午节
  }

  @Test
  void remindersRespectSuspensionAndCompletion() {
    DeadlineClock clock = DeadlineClock.start(DeadlineRule.workingDays(10), cal, at(6, 1, 8, 30));
    DeadlineClock suspended = clock.suspend(at(6, 3, 9, 0), "x");
    assertThat(suspended.reminders()).isEmpty(); // the 50% point lies after the suspension began
    assertThat(clock.complete(at(6, 15, 9, 0)).reminders()).extracting(Reminder::kind)
        .containsExactly(Reminder.Kind.FRACTION_USED, Reminder.Kind.FRACTION_USED, Reminder.Kind.BEFORE_DUE);
  }

  @Test
  void petitionsAreCalendarDaysAndRefuseUncoveredYears() {
    DeadlineClock clock = StatutoryDeadlines.petitionHandling().start(cal, at(8, 2, 9, 0));
    assertThat(clock.due()).isEqualTo(at(10, 8, 17, 30));
    assertThatThrownBy(() -> StatutoryDeadlines.petitionHandling().start(cal, at(12, 1, 9, 0)))
        .isInstanceOf(CalendarCoverageException.class).hasMessageContaining("2027-01-30");
  }

  @Test
  void presetsCiteTheirSources() {
    assertThat(StatutoryDeadlines.informationDisclosureReply().source()).contains("政府信息公开条例");
    assertThat(StatutoryDeadlines.administrativeLicensing().suspensionGrounds()).contains("expert review (专家评审)");
    assertThat(StatutoryDeadlines.petitionHandling().rule()).isEqualTo(DeadlineRule.calendarDays(60));
  }

  @Test
  void deadlinePolicyTable() {
    assertThat(DeadlinePolicy.defaults().ruleFor(Urgency.EXTRA_URGENT, DocumentKind.NOTICE)).isEqualTo(DeadlineRule.naturalHours(4));
    assertThat(DeadlinePolicy.defaults().ruleFor(Urgency.URGENT, DocumentKind.REQUEST)).isEqualTo(DeadlineRule.workingDays(3));
    assertThat(DeadlinePolicy.defaults().ruleFor(Urgency.NORMAL, DocumentKind.LETTER)).isEqualTo(DeadlineRule.workingDays(7));
    DeadlinePolicy custom = DeadlinePolicy.table()
        .forUrgency(Urgency.NORMAL, DeadlineRule.workingDays(10))
        .forKind(DocumentKind.REQUEST, Urgency.NORMAL, DeadlineRule.workingDays(5))
        .build();
    assertThat(custom.ruleFor(Urgency.NORMAL, DocumentKind.REQUEST)).isEqualTo(DeadlineRule.workingDays(5));
    assertThat(custom.ruleFor(Urgency.NORMAL, DocumentKind.LETTER)).isEqualTo(DeadlineRule.workingDays(10));
    assertThat(custom.ruleFor(Urgency.URGENT, DocumentKind.REQUEST)).isEqualTo(DeadlineRule.workingDays(3));
  }

  @Test
  void reminderPolicyRefusesOutOfRangeValues() {
    assertThatThrownBy(() -> new ReminderPolicy(List.of(1.5), List.of(1), true, 3, 0.8)).hasMessageContaining("fractionsUsed");
    assertThatThrownBy(() -> new ReminderPolicy(List.of(0.5), List.of(0), true, 3, 0.8)).hasMessageContaining("workingDaysBeforeDue");
    assertThatThrownBy(() -> new ReminderPolicy(List.of(0.5), List.of(1), true, -1, 0.8)).hasMessageContaining("overdueReminders");
    assertThatThrownBy(() -> new ReminderPolicy(List.of(0.5), List.of(1), true, 3, 0)).hasMessageContaining("approachingFraction");
  }
}
