package io.oakit.core.calendar;

import io.oakit.core.OaException;
import java.time.LocalDate;

/**
 * A calculation needed a day the calendar has no holiday data for. OA Kit never falls back to
 * weekend-only rules outside the covered years: load the year's data instead (see
 * {@link WorkCalendarBuilder#holidays(HolidayData)}).
 */
public final class CalendarCoverageException extends OaException {
  private static final long serialVersionUID = 1L;

  /** The day asked about. */
  private final LocalDate day;
  /** The first day the calendar covers. */
  private final LocalDate firstCoveredDay;
  /** The last day the calendar covers. */
  private final LocalDate lastCoveredDay;

  /**
   * Creates the exception.
   *
   * @param day the first day the calculation needed and the calendar does not cover
   * @param firstCoveredDay the calendar's first covered day
   * @param lastCoveredDay the calendar's last covered day
   */
  public CalendarCoverageException(LocalDate day, LocalDate firstCoveredDay, LocalDate lastCoveredDay) {
    super("day " + day + " is outside the calendar's covered range " + firstCoveredDay + ".."
        + lastCoveredDay + "; load that year's holiday data (WorkCalendarBuilder.holidays)");
    this.day = day;
    this.firstCoveredDay = firstCoveredDay;
    this.lastCoveredDay = lastCoveredDay;
  }

  /**
   * The uncovered day the calculation needed.
   *
   * @return the day
   */
  public LocalDate day() {
    return day;
  }

  /**
   * The calendar's first covered day.
   *
   * @return the day
   */
  public LocalDate firstCoveredDay() {
    return firstCoveredDay;
  }

  /**
   * The calendar's last covered day.
   *
   * @return the day
   */
  public LocalDate lastCoveredDay() {
    return lastCoveredDay;
  }
}
