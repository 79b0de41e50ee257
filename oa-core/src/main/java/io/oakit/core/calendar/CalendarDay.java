package io.oakit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One day of a {@link WorkCalendar}: whether it is worked, why, and its office hours.
 *
 * @param date the day
 * @param kind why the day is, or is not, a working day
 * @param name the holiday or reason name from the data (e.g. 国庆节), empty for ordinary days
 * @param hours the office hours; {@link WorkingHours#none()} exactly when the day is not worked
 * @param provisional whether the day is assumed rather than published: it lies in a year whose
 *     holiday notice was not loaded, and follows the statutory holidays and the ordinary week (see
 *     {@link WorkCalendarBuilder#provisionalThrough})
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, WorkingHours hours, boolean provisional) {
  /**
   * Creates a day.
   *
   * @throws IllegalArgumentException if the hours do not match the kind
   * @param date the day
   * @param kind why the day is, or is not, a working day
   * @param name the holiday or reason name from the data (e.g. 国庆节), empty for ordinary days
   * @param hours the office hours; {@link WorkingHours#none()} exactly when the day is not worked
   * @param provisional whether the day is assumed rather than published: it lies in a year whose holiday notice was not loaded, and follows the statutory holidays and the ordinary week (see {@link WorkCalendarBuilder#provisionalThrough})
   */
  public CalendarDay {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    requireNonNull(hours, "hours");
    checkArgument(kind.isWorking() != hours.isNone(),
        "day %s of kind %s cannot have working hours '%s'", date, kind, hours);
  }

  /**
   * A published (not provisional) day.
   *
   * @param date the day
   * @param kind why the day is, or is not, a working day
   * @param name the holiday or reason name, empty for ordinary days
   * @param hours the office hours
   */
  public CalendarDay(LocalDate date, DayKind kind, String name, WorkingHours hours) {
    this(date, kind, name, hours, false);
  }

  /**
   * Whether the day is worked.
   *
   * @return true for a working day
   */
  public boolean isWorking() {
    return kind.isWorking();
  }

  /** A short readable description, e.g. {@code 2026-10-01 Thursday HOLIDAY 国庆节}, with {@code (provisional)} for an assumed day. */
  @Override
  public String toString() {
    return date + " " + date.getDayOfWeek() + " " + kind + (name.isEmpty() ? "" : " " + name)
        + (provisional ? " (provisional)" : "");
  }
}
