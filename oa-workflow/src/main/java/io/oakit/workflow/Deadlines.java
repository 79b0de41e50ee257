package io.oakit.workflow;

import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the workflow stores about how a deadline was decided. */
final class Deadlines {

  private Deadlines() {}

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
