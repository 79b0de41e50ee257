package io.oakit.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;

/**
 * Working calendars of mainland China: the State Council's annual holiday arrangements
 * (国务院办公厅关于部分节假日安排的通知) for 2019–2026, with adjusted working days (调休上班),
 * the ordinary Monday–Friday week, and office hours 08:30–12:00, 14:30–17:30.
 *
 * <p>The bundled data was taken from the official notices (see {@code shared/data/README.md}
 * of the project for the notice list). Each November the next year's notice is published; a
 * host adds it without a new library release:
 *
 * <pre>{@code
 * WorkCalendar cal = ChinaCalendars.builder()
 *     .holidays(HolidayData.parseCsv(Path.of("cn-holidays-2027.csv"), Year.of(2027), Year.of(2027)))
 *     .build();
 * }</pre>
 *
 * <p>Before the next notice is out, {@link #provisional()} (or
 * {@link WorkCalendarBuilder#provisionalThrough}) covers later years by assumption, marked as such. A
 * region's own holidays are layered with {@link WorkCalendarBuilder#regional}; partial-population
 * holidays (妇女节 half day and the like) are not included; add them with
 * {@link WorkCalendarBuilder#extraDayOff}.
 */
public final class ChinaCalendars {

  /** The first year of the bundled data. */
  public static final Year FIRST_OFFICIAL_YEAR = Year.of(2019);
  /** The last year of the bundled data. */
  public static final Year LAST_OFFICIAL_YEAR = Year.of(2026);

  private static final String RESOURCE = "cn-holidays.csv";

  private static final class Holder {
    static final HolidayData DATA = load();
    static final WorkCalendar OFFICIAL = builder().build();
    static final WorkCalendar PROVISIONAL = builder().provisionalThrough(ChineseLunarCalendar.LAST_YEAR).build();
  }

  private ChinaCalendars() {}

  /**
   * The official calendar 2019–2026 with default office hours. Built once and shared.
   *
   * @return the calendar
   */
  public static WorkCalendar official() {
    return Holder.OFFICIAL;
  }

  /**
   * The official calendar 2019–2026 followed by provisional years through 2050: the ordinary week and
   * the statutory holiday days (see {@link StatutoryHolidays}), every such day marked provisional so
   * that results say so. Opt-in: {@link #official()} stays strict. Built once and shared; to add a
   * newly published year, use {@code builder().holidays(data).provisionalThrough(Year.of(2050))}.
   *
   * @return the calendar
   */
  public static WorkCalendar provisional() {
    return Holder.PROVISIONAL;
  }

  /**
   * The bundled official holiday data, 2019–2026.
   *
   * @return the data
   */
  public static HolidayData officialHolidays() {
    return Holder.DATA;
  }

  /**
   * A builder preloaded with the official holiday data 2019–2026, default office hours and zone
   * Asia/Shanghai, to add office hours, seasons, local days or further years.
   *
   * @return a new builder
   */
  public static WorkCalendarBuilder builder() {
    return WorkCalendarBuilder.empty().holidays(Holder.DATA);
  }

  private static HolidayData load() {
    try (InputStream in = ChinaCalendars.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return HolidayData.parseCsv(r, RESOURCE, FIRST_OFFICIAL_YEAR, LAST_OFFICIAL_YEAR);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
