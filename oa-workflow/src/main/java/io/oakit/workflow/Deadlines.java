package io.oakit.workflow;

import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.config.Configuration;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.ExtensionPolicy;
import io.oakit.core.deadline.ReminderPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the workflow stores about how a deadline was decided. */
final class Deadlines {

  private Deadlines() {}

  /**
   * The calendar version the deadline of an incoming document or a supervision item was last decided
   * on (registered, assigned, extended or re-based), if it has one.
   */
  static Optional<String> lastDecidedVersion(List<Record> events) {
    Optional<String> v = Optional.empty();
    for (Record r : events) {
      String decided = r instanceof IncomingEvents.DocumentRegistered e ? e.calendarVersion()
          : r instanceof IncomingEvents.DeadlineRebased e ? e.calendarVersion()
          : r instanceof IncomingEvents.DeadlineExtended e ? e.calendarVersion()
          : r instanceof SupervisionEvents.ItemAssigned e ? e.calendarVersion()
          : r instanceof SupervisionEvents.ItemDeadlineExtended e ? e.calendarVersion()
          : r instanceof SupervisionEvents.ItemDeadlineRebased e ? e.calendarVersion() : null;
      if (decided != null) {
        v = Optional.of(decided);
      }
    }
    return v;
  }

  /**
   * A deadline recomputed from its start on {@code calendar}: its rule, then every extension granted so
   * far, as they were asked for (the policies they were granted under are not asked again).
   */
  static DeadlineClock recomputed(DeadlineClock old, WorkCalendar calendar) {
    DeadlineClock now = DeadlineClock.start(old.rule(), calendar, old.start());
    for (io.oakit.core.deadline.Extension e : old.extensions()) {
      now = now.extend(e.requestedAt(), e.rule(), e.approver(), e.reason());
    }
    return now;
  }

  /** A limit on extensions as stored with a deadline: empty for unlimited (what an old record means). */
  static Optional<String> stored(ExtensionPolicy limits) {
    return limits.equals(ExtensionPolicy.unlimited()) ? Optional.empty() : Optional.of(Configuration.write(limits));
  }

  /** Reminders as stored with a deadline: empty for the default ones (what an old record means). */
  static Optional<String> stored(ReminderPolicy reminders) {
    return reminders.equals(ReminderPolicy.defaults()) ? Optional.empty() : Optional.of(Configuration.write(reminders));
  }

  /**
   * The years not yet published that a deadline rests on: empty for a deadline decided on published
   * days only, else every provisional year from the start (or the first provisional day) to its end.
   */
  static List<Integer> assumedYears(WorkCalendar calendar, DeadlineClock clock) {
    if (!clock.isProvisional() || calendar.provisionalFrom().isEmpty()) {
      return List.of();
    }
    LocalDate end = clock.due().isAfter(clock.periodEnd()) ? clock.due().toLocalDate() : clock.periodEnd().toLocalDate();
    int from = Math.max(clock.start().getYear(), calendar.provisionalFrom().get().getYear());
    List<Integer> years = new ArrayList<>();
    for (int y = from; y <= Math.max(from, end.getYear()); y++) {
      years.add(y);
    }
    return List.copyOf(years);
  }
}
