package io.oakit.core.supervision;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import java.time.LocalDateTime;
import java.util.List;

/** Supervision items used by the tests and the worked example of the docs. */
public final class SupervisionFixtures {

  private SupervisionFixtures() {}

  public static LocalDateTime june(int day, int hour) {
    return LocalDateTime.of(2026, 6, day, hour, 0);
  }

  /** Registered Jun 1 08:00, assigned 09:00 with 10 working days (due Jun 15 17:30). */
  public static SupervisionItem assigned(String id, Importance importance, String lead, List<String> co) {
    return SupervisionItem.register(id, ItemSource.LEADER_INSTRUCTION, "落实县长批示", importance, june(1, 8), "督查室")
        .assign(june(1, 9), "督查室", lead, co,
            DeadlineClock.start(DeadlineRule.workingDays(10), ChinaCalendars.official(), june(1, 9)), 0);
  }
}
