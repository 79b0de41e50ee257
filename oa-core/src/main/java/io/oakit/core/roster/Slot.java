package io.oakit.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One place on the roster: a role on a duty day. A duty day runs from the plan's handover time on
 * {@code date} to the handover time on the next day.
 *
 * @param date the duty day
 * @param index the slot's position on that day (0-based)
 * @param role the role, e.g. 带班领导, 值班员, 驾驶员
 * @param category the day's category
 */
public record Slot(LocalDate date, int index, String role, DayCategory category) {
  /**
   * Checks the arguments.
  *
  * @param category the day's category
  * @param date the duty day
  * @param index the slot's position on that day (0-based)
  * @param role the role, e.g. 带班领导, 值班员, 驾驶员
   */
  public Slot {
    requireNonNull(date, "date");
    requireNonNull(role, "role");
    requireNonNull(category, "category");
    checkArgument(index >= 0, "index must be >= 0 but was %s", index);
  }

  @Override
  public String toString() {
    return date + " #" + index + " " + role;
  }
}
