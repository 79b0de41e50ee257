package io.oakit.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.CalendarCoverageException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.NaiveWorkCalendar;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.calendar.WorkingHours;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Deadline clocks against a minute-by-minute reference: count the working minutes the rule
 * allows, then walk forward one minute at a time, skipping minutes outside office hours and
 * minutes inside a suspension, until they are used up.
 */
class DeadlineClockProperties {

  private final WorkCalendar fast = ChinaCalendars.official();
  private final NaiveWorkCalendar naive = NaiveWorkCalendar.official();

  /** A suspension as offsets from the clock's start: begins after {@code gapMinutes}, lasts {@code minutes}. */
  record Pause(int gapMinutes, int minutes) {}

  @Provide
  Arbitrary<DeadlineRule> rules() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 15).map(DeadlineRule::workingDays),
        Arbitraries.integers().between(0, 25).map(DeadlineRule::calendarDays),
        Arbitraries.integers().between(0, 40).map(DeadlineRule::workingHours),
        Arbitraries.integers().between(0, 600).map(DeadlineRule::workingMinutes));
  }

  @Provide
  Arbitrary<LocalDateTime> starts() {
    Arbitrary<LocalDate> days = Arbitraries.longs()
        .between(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2026, 10, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    return Combinators.combine(days, times).as(LocalDate::atTime);
  }

  @Provide
  Arbitrary<List<Pause>> pauses() {
    Arbitrary<Pause> pause = Combinators.combine(
        Arbitraries.integers().between(0, 5 * 24 * 60),
        Arbitraries.integers().between(0, 4 * 24 * 60)).as(Pause::new);
    return pause.list().ofMaxSize(3);
  }

  @Property(tries = 150)
  void dueAgreesWithMinuteByMinuteReference(@ForAll("rules") DeadlineRule rule, @ForAll("starts") LocalDateTime start,
      @ForAll("pauses") List<Pause> pauses) {
    DeadlineClock clock = DeadlineClock.start(rule, fast, start);
    List<LocalDateTime[]> intervals = new ArrayList<>();
    LocalDateTime cursor = start;
    for (Pause p : pauses) {
      LocalDateTime from = cursor.plusMinutes(p.gapMinutes());
      LocalDateTime to = from.plusMinutes(p.minutes());
      clock = clock.suspend(from, "pause").resume(to);
      intervals.add(new LocalDateTime[] {from, to});
      cursor = to;
    }
    // the rule itself, computed over the naive calendar, gives the period end
    LocalDateTime periodEnd = rule.dueInstant(naive, start);
    long allowedMinutes = Math.max(0, naive.workingTimeBetween(start, periodEnd).toMinutes());
    assertThat(clock.allowed().toMinutes()).isEqualTo(allowedMinutes);
    assertThat(clock.due()).isEqualTo(referenceDue(start, allowedMinutes, intervals));
  }

  private LocalDateTime referenceDue(LocalDateTime start, long allowedMinutes, List<LocalDateTime[]> pauses) {
    Map<LocalDate, WorkingHours> hours = new HashMap<>();
    LocalDateTime t = start;
    long used = 0;
    while (used < allowedMinutes) {
      LocalDateTime minute = t;
      WorkingHours h = hours.computeIfAbsent(minute.toLocalDate(), d -> naive.day(d).hours());
      boolean working = h.sessions().stream().anyMatch(s ->
          !minute.toLocalTime().isBefore(s.start()) && minute.toLocalTime().isBefore(s.end()));
      boolean paused = pauses.stream().anyMatch(p -> !minute.isBefore(p[0]) && minute.isBefore(p[1]));
      if (working && !paused) {
        used++;
      }
      t = t.plusMinutes(1);
    }
    return t;
  }

  @Property
  void aSuspensionNeverMakesTheDeadlineEarlier(@ForAll("rules") DeadlineRule rule, @ForAll("starts") LocalDateTime start,
      @ForAll @IntRange(min = 0, max = 20 * 24 * 60) int gap, @ForAll @IntRange(min = 0, max = 10 * 24 * 60) int length) {
    DeadlineClock clock = DeadlineClock.start(rule, fast, start);
    DeadlineClock paused;
    try {
      paused = clock.suspend(start.plusMinutes(gap), "pause").resume(start.plusMinutes(gap + length));
    } catch (CalendarCoverageException e) {
      return;
    }
    assertThat(paused.due()).isAfterOrEqualTo(clock.due());
    // and the due instant moves by exactly the suspended working time that fell before it
    assertThat(fast.workingTimeBetween(clock.due(), paused.due()))
        .isLessThanOrEqualTo(fast.workingTimeBetween(start.plusMinutes(gap), start.plusMinutes(gap + length)));
  }

  @Property
  void anExtensionNeverMakesTheDeadlineEarlier(@ForAll("rules") DeadlineRule rule, @ForAll("starts") LocalDateTime start,
      @ForAll("rules") DeadlineRule extension) {
    DeadlineClock clock = DeadlineClock.start(rule, fast, start);
    assertThat(clock.extend(start, extension, "approver", "reason").due()).isAfterOrEqualTo(clock.due());
  }

  @Property
  void elapsedPlusRemainingIsAlwaysTheAllowedTime(@ForAll("rules") DeadlineRule rule, @ForAll("starts") LocalDateTime start,
      @ForAll("pauses") @Size(max = 2) List<Pause> pauses, @ForAll @IntRange(min = -600, max = 40 * 24 * 60) int probe) {
    DeadlineClock clock = DeadlineClock.start(rule, fast, start);
    LocalDateTime cursor = start;
    for (Pause p : pauses) {
      cursor = cursor.plusMinutes(p.gapMinutes());
      clock = clock.suspend(cursor, "pause").resume(cursor = cursor.plusMinutes(p.minutes()));
    }
    LocalDateTime at = start.plusMinutes(probe);
    assertThat(clock.elapsed(at).plus(clock.remaining(at))).isEqualTo(clock.allowed());
    DeadlineStatus status = clock.status(at);
    LocalDateTime due = clock.due();
    boolean suspendedAtDue = clock.suspensions().stream().anyMatch(x -> x.startInclusive().equals(due));
    if (at.isAfter(due) && !suspendedAtDue) {
      assertThat(status).isEqualTo(DeadlineStatus.OVERDUE);
    } else if (at.isAfter(due)) {
      // suspended at the very due instant: not overdue until it resumes
      assertThat(status).isIn(DeadlineStatus.OVERDUE, DeadlineStatus.SUSPENDED);
    } else if (!at.isBefore(start)) {
      assertThat(status).isIn(DeadlineStatus.RUNNING, DeadlineStatus.APPROACHING, DeadlineStatus.SUSPENDED);
    }
  }

  @Property
  void calendarDayPeriodsEndOnTheFirstWorkingDayFromTheLastDay(@ForAll("starts") LocalDateTime start,
      @ForAll @IntRange(min = 0, max = 60) int days) {
    LocalDate due = DeadlineRule.calendarDays(days).dueDate(fast, start.toLocalDate());
    LocalDate last = start.toLocalDate().plusDays(days);
    assertThat(due).isAfterOrEqualTo(last);
    assertThat(fast.isWorkingDay(due)).isTrue();
    for (LocalDate d = last; d.isBefore(due); d = d.plusDays(1)) {
      assertThat(fast.isWorkingDay(d)).as("%s lies between the last day and the due date", d).isFalse();
    }
  }

  @Property
  void remindersAreOrderedAndInsideTheClock(@ForAll("rules") DeadlineRule rule, @ForAll("starts") LocalDateTime start) {
    DeadlineClock clock = DeadlineClock.start(rule, fast, start);
    List<Reminder> reminders = clock.reminders();
    for (int i = 1; i < reminders.size(); i++) {
      assertThat(reminders.get(i).at()).isAfterOrEqualTo(reminders.get(i - 1).at());
    }
    reminders.forEach(r -> assertThat(r.at()).isAfter(start));
    reminders.stream().filter(r -> r.kind() == Reminder.Kind.FRACTION_USED)
        .forEach(r -> assertThat(r.at()).isBeforeOrEqualTo(clock.due()));
  }
}
