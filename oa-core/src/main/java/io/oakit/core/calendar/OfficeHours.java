package io.oakit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

/**
 * An office's hours as configuration: the hours of its working days, seasonal variants (summer hours,
 * 夏季作息), and the zone its wall-clock times are in — what {@link #applyTo} sets on a
 * {@link WorkCalendarBuilder}, and what {@code Configuration.write(OfficeHours)} keeps as a document.
 *
 * @param hours the office hours outside any season
 * @param seasons seasonal hours, in order; a later season wins where two overlap
 * @param zone the zone of the calendar's wall-clock times
 */
public record OfficeHours(WorkingHours hours, List<Season> seasons, ZoneId zone) {

  /**
   * Office hours for a season of every year.
   *
   * @param from the season's first day
   * @param to the season's last day (a season may wrap the new year)
   * @param hours the hours in it
   */
  public record Season(MonthDay from, MonthDay to, WorkingHours hours) {
    /**
     * Checks the fields.
     *
     * @param from the season's first day
     * @param hours the office hours outside any season
     * @param to the season's last day (a season may wrap the new year)
     */
    public Season {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(hours, "hours");
      checkArgument(!hours.isNone(), "seasonal hours must have at least one session");
    }
  }

  /**
   * Checks the fields.
   *
   * @param hours the office hours outside any season
   * @param seasons seasonal hours, in order; a later season wins where two overlap
   * @param zone the zone of the calendar's wall-clock times
   */
  public OfficeHours {
    requireNonNull(hours, "hours");
    checkArgument(!hours.isNone(), "office hours must have at least one session");
    seasons = ImmutableList.copyOf(requireNonNull(seasons, "seasons"));
    requireNonNull(zone, "zone");
  }

  /**
   * The default: 08:30–12:00, 14:30–17:30 all year, Asia/Shanghai.
   *
   * @return the hours
   */
  public static OfficeHours defaults() {
    return new OfficeHours(WorkingHours.CHINA_OFFICE_DEFAULT, List.of(), ZoneId.of("Asia/Shanghai"));
  }

  /**
   * Sets these hours, seasons and zone on a builder.
   *
   * @param builder the builder
   * @return the builder
   */
  public WorkCalendarBuilder applyTo(WorkCalendarBuilder builder) {
    requireNonNull(builder, "builder");
    builder.workingHours(hours).zone(zone);
    seasons.forEach(s -> builder.seasonalHours(s.from(), s.to(), s.hours()));
    return builder;
  }
}
