package io.oakit.core.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Working days and working hours of an office: which days are worked (ordinary week, statutory
 * holidays, adjusted working days 调休上班, local days) and the office hours of each day.
 *
 * <p>All date-times are local wall-clock times in {@link #zone()}. A calendar covers a
 * contiguous range of whole years ({@link #firstCoveredDay()}..{@link #lastCoveredDay()});
 * every method that needs a day outside that range throws {@link CalendarCoverageException}
 * rather than guess.
 *
 * <p>Implementations are immutable and thread-safe. The implementation returned by
 * {@link ChinaCalendars} and {@link WorkCalendarBuilder} answers every method in time that
 * does not grow with the span of the calculation.
 */
public interface WorkCalendar {

  /**
   * Whether the day is worked.
   *
   * @param date the day
   * @return true for a working day
   * @throws CalendarCoverageException if the day is not covered
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * The day with its kind (workday, weekend, holiday, adjusted workday…), name and hours.
   *
   * @param date the day
   * @return the day's description
   * @throws CalendarCoverageException if the day is not covered
   */
  CalendarDay day(LocalDate date);

  /**
   * Counts working days from {@code start}, which is itself not counted.
   *
   * @param start the day to count from
   * @param days how many working days; {@code 0} returns {@code start}; negative counts backwards
   *     and returns the {@code -days}-th working day before {@code start}
   * @return the {@code days}-th working day after (or before) {@code start}
   * @throws CalendarCoverageException if {@code start} or a needed day is not covered
   */
  LocalDate plusWorkingDays(LocalDate start, int days);

  /**
   * Counts the working days after {@code startExclusive} up to and including
   * {@code endInclusive}. When {@code endInclusive} is before {@code startExclusive} the result
   * is negative: minus the number of working days on or after {@code endInclusive} and before
   * {@code startExclusive}. So {@code workingDaysBetween(s, plusWorkingDays(s, n)) == n} for
   * every {@code n}.
   *
   * @param startExclusive the day counted from (not counted)
   * @param endInclusive the day counted to (counted)
   * @return the signed number of working days
   * @throws CalendarCoverageException if either day is not covered
   */
  int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive);

  /**
   * The instant at which {@code amount} of working time has passed since {@code start}. Time
   * outside office hours and on days off does not count. For a positive amount the result is
   * the earliest such instant (so it may be a session end such as 12:00, never the next
   * session's start); for a negative amount it counts backwards and returns the latest instant
   * with that much working time before {@code start}; for zero it returns {@code start}.
   *
   * @param start the instant to count from; may be outside office hours
   * @param amount the working time, nanosecond precision
   * @return the resulting instant
   * @throws CalendarCoverageException if {@code start} or a needed day is not covered
   */
  LocalDateTime plusWorkingTime(LocalDateTime start, Duration amount);

  /**
   * The working time between two instants; negative when {@code to} is before {@code from}.
   *
   * @param from the first instant
   * @param to the second instant
   * @return the signed working time
   * @throws CalendarCoverageException if either instant's day is not covered
   */
  Duration workingTimeBetween(LocalDateTime from, LocalDateTime to);

  /**
   * The close of business (end of the last office-hours session) of a working day.
   *
   * @param date a working day
   * @return the close of business on that day
   * @throws IllegalArgumentException if the day is not a working day
   * @throws CalendarCoverageException if the day is not covered
   */
  LocalDateTime closeOfBusiness(LocalDate date);

  /**
   * The first day the calendar covers (1 January of its first year).
   *
   * @return the day
   */
  LocalDate firstCoveredDay();

  /**
   * The last day the calendar covers (31 December of its last year).
   *
   * @return the day
   */
  LocalDate lastCoveredDay();

  /**
   * The first day that is assumed rather than published: 1 January of the first year past the last
   * holiday notice loaded, when the calendar was built with provisional coverage
   * ({@link WorkCalendarBuilder#provisionalThrough}). Every result that needed a day on or after it
   * is provisional and says so.
   *
   * @return the first provisional day, empty for a calendar of published data only
   */
  default java.util.Optional<LocalDate> provisionalFrom() {
    return java.util.Optional.empty();
  }

  /**
   * Whether a day is assumed rather than published (see {@link #provisionalFrom()}).
   *
   * @param date the day
   * @return true on and after the first provisional day
   */
  default boolean isProvisional(LocalDate date) {
    return provisionalFrom().map(p -> !date.isBefore(p)).orElse(false);
  }

  /**
   * The last day of published data: the day before {@link #provisionalFrom()}, or
   * {@link #lastCoveredDay()} when nothing is provisional.
   *
   * @return the day
   */
  default LocalDate lastPublishedDay() {
    return provisionalFrom().map(p -> p.minusDays(1)).orElse(lastCoveredDay());
  }

  /**
   * For a host's health check: whether the published data ends within {@code days} days of
   * {@code today}, that is {@link #lastPublishedDay()} is before {@code today + days}. From November a
   * host asks it with 60 days and loads next year's notice when it says yes.
   *
   * @param today the day asked on
   * @param days how far ahead, {@code >= 0}
   * @return true when the published data runs out within that many days
   */
  default boolean coverageEndsWithin(LocalDate today, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must be >= 0 but was " + days);
    }
    return lastPublishedDay().isBefore(today.plusDays(days));
  }

  /**
   * The time zone of the calendar's wall-clock times.
   *
   * @return the zone, Asia/Shanghai by default
   */
  ZoneId zone();

  /**
   * What identifies this calendar's content, stored with every deadline computed on it so that a
   * record says which calendar decided it: for the built-in calendars a digest of every day (kind,
   * name, working hours) and the zone, {@code sha256:} and 16 hex digits; two calendars with the same
   * days have the same version.
   *
   * @return the version; {@code unversioned} for calendars that do not say
   */
  default String version() {
    return "unversioned";
  }
}
