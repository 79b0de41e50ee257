package io.oakit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a {@link WorkCalendar}: holiday data for the covered years, office hours (with
 * seasonal variants), and local days off or on. Start from {@link ChinaCalendars#builder()}
 * (official data already loaded) or {@link #empty()}.
 *
 * <p>Later settings win over earlier ones: holiday data loaded later overrides rows of the
 * same date (how a corrected notice is applied), regional holidays override the national data, and
 * local days override both. Years past the last loaded notice are refused unless
 * {@link #provisionalThrough} opts in to assuming them. Not
 * thread-safe; the calendars it builds are immutable and thread-safe.
 */
public final class WorkCalendarBuilder {

  private record Season(MonthDay fromInclusive, MonthDay toInclusive, WorkingHours hours) {
    boolean contains(MonthDay md) {
      if (fromInclusive.compareTo(toInclusive) <= 0) {
        return md.compareTo(fromInclusive) >= 0 && md.compareTo(toInclusive) <= 0;
      }
      return md.compareTo(fromInclusive) >= 0 || md.compareTo(toInclusive) <= 0; // wraps the new year
    }
  }

  private record LocalDay(boolean working, String reason) {}

  private WorkingHours hours = WorkingHours.CHINA_OFFICE_DEFAULT;
  private final List<Season> seasons = new ArrayList<>();
  private final List<HolidayData> holidayData = new ArrayList<>();
  private final Map<LocalDate, LocalDay> localDays = new TreeMap<>();
  private final List<RegionalHolidays> regions = new ArrayList<>();
  private Year provisionalThrough;
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  private WorkCalendarBuilder() {}

  /**
   * A builder with no holiday data, default office hours 08:30–12:00, 14:30–17:30 and zone
   * Asia/Shanghai. At least one {@link #holidays(HolidayData)} call is needed before
   * {@link #build()}.
   *
   * @return a new builder
   */
  public static WorkCalendarBuilder empty() {
    return new WorkCalendarBuilder();
  }

  /**
   * Sets the office hours of working days outside any season.
   *
   * @param workingHours the hours, not {@link WorkingHours#none()}
   * @return this builder
   * @throws IllegalArgumentException if the hours are none
   */
  public WorkCalendarBuilder workingHours(WorkingHours workingHours) {
    requireNonNull(workingHours, "workingHours");
    checkArgument(!workingHours.isNone(), "workingHours must have at least one session");
    this.hours = workingHours;
    return this;
  }

  /**
   * Sets office hours for a season of every year, e.g. summer hours from 05-01 to 09-30. A
   * season may wrap the new year (11-15 to 03-14). Where seasons overlap the one added last wins.
   *
   * @param fromInclusive first day of the season
   * @param toInclusive last day of the season
   * @param workingHours the hours in that season, not {@link WorkingHours#none()}
   * @return this builder
   * @throws IllegalArgumentException if the hours are none
   */
  public WorkCalendarBuilder seasonalHours(MonthDay fromInclusive, MonthDay toInclusive, WorkingHours workingHours) {
    requireNonNull(fromInclusive, "fromInclusive");
    requireNonNull(toInclusive, "toInclusive");
    requireNonNull(workingHours, "workingHours");
    checkArgument(!workingHours.isNone(), "seasonal workingHours must have at least one session");
    seasons.add(new Season(fromInclusive, toInclusive, workingHours));
    return this;
  }

  /**
   * Adds holiday data; its years become covered. Rows override earlier rows of the same date.
   * This is how a host adds next year's notice without a new library release.
   *
   * @param data the data
   * @return this builder
   */
  public WorkCalendarBuilder holidays(HolidayData data) {
    holidayData.add(requireNonNull(data, "data"));
    return this;
  }

  /**
   * Opts in to provisional coverage: the years after the last loaded holiday notice, up to
   * {@code lastYear}, are covered by assumption — the ordinary week plus the statutory holiday days of
   * {@link StatutoryHolidays} — and every day of them is marked {@link CalendarDay#provisional()}, so
   * that every result that used one says so. Strict refusal ({@link CalendarCoverageException}) stays
   * the default. Loading the year's notice later (with {@link #holidays}) makes that year published.
   *
   * @param lastYear the last year to cover provisionally, at most {@link ChineseLunarCalendar#LAST_YEAR}
   * @return this builder
   * @throws IllegalArgumentException if the year is beyond the bundled Chinese calendar
   */
  public WorkCalendarBuilder provisionalThrough(Year lastYear) {
    requireNonNull(lastYear, "lastYear");
    checkArgument(!lastYear.isAfter(ChineseLunarCalendar.LAST_YEAR),
        "provisional coverage reaches %s at most (the bundled Chinese calendar), not %s",
        ChineseLunarCalendar.LAST_YEAR, lastYear);
    this.provisionalThrough = lastYear;
    return this;
  }

  /**
   * Layers a region's own statutory holidays on the national data (see {@link RegionalHolidays}); a
   * region added later wins on a day both name. Local days still override them.
   *
   * @param regional the regional holidays
   * @return this builder
   */
  public WorkCalendarBuilder regional(RegionalHolidays regional) {
    regions.add(requireNonNull(regional, "regional"));
    return this;
  }

  /**
   * Makes a day a day off for this office only (e.g. a local festival).
   *
   * @param date the day, inside the covered years
   * @param reason why, shown in explanations; not blank
   * @return this builder
   */
  public WorkCalendarBuilder extraDayOff(LocalDate date, String reason) {
    return local(date, false, reason);
  }

  /**
   * Makes a day a working day for this office only.
   *
   * @param date the day, inside the covered years
   * @param reason why, shown in explanations; not blank
   * @return this builder
   */
  public WorkCalendarBuilder extraWorkingDay(LocalDate date, String reason) {
    return local(date, true, reason);
  }

  private WorkCalendarBuilder local(LocalDate date, boolean working, String reason) {
    requireNonNull(date, "date");
    requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "reason must not be blank for local day %s", date);
    localDays.put(date, new LocalDay(working, reason.trim()));
    return this;
  }

  /**
   * Sets the zone of the calendar's wall-clock times.
   *
   * @param zone the zone
   * @return this builder
   */
  public WorkCalendarBuilder zone(ZoneId zone) {
    this.zone = requireNonNull(zone, "zone");
    return this;
  }

  /**
   * Builds the calendar and its per-day index.
   *
   * @return the calendar
   * @throws IllegalStateException if no holiday data was added, or the covered years have a gap
   * @throws IllegalArgumentException if a local day lies outside the covered years
   */
  public WorkCalendar build() {
    if (holidayData.isEmpty()) {
      throw new IllegalStateException("no holiday data: add at least one year with holidays(HolidayData)");
    }
    TreeSet<Integer> years = new TreeSet<>();
    TreeMap<LocalDate, HolidayData.Entry> entries = new TreeMap<>();
    for (HolidayData d : holidayData) {
      for (int y = d.firstYear().getValue(); y <= d.lastYear().getValue(); y++) {
        years.add(y);
      }
      entries.putAll(d.entries());
    }
    for (int y = years.first(); y <= years.last(); y++) {
      if (!years.contains(y)) {
        throw new IllegalStateException("covered years must be contiguous but " + y
            + " is missing between " + years.first() + " and " + years.last());
      }
    }
    java.util.Optional<LocalDate> provisionalFrom = java.util.Optional.empty();
    if (provisionalThrough != null && provisionalThrough.getValue() > years.last()) {
      provisionalFrom = java.util.Optional.of(Year.of(years.last() + 1).atDay(1));
      for (int y = years.last() + 1; y <= provisionalThrough.getValue(); y++) {
        HolidayData assumed = StatutoryHolidays.assumed(Year.of(y));
        assumed.entries().forEach(entries::putIfAbsent);
        years.add(y);
      }
    }
    LocalDate first = Year.of(years.first()).atDay(1);
    LocalDate last = Year.of(years.last()).atMonth(12).atEndOfMonth();
    for (RegionalHolidays r : regions) {
      entries.putAll(r.daysBetween(first, last));
    }
    for (LocalDate d : localDays.keySet()) {
      checkArgument(!d.isBefore(first) && !d.isAfter(last),
          "local day %s lies outside the covered range %s..%s", d, first, last);
    }
    int n = (int) (last.toEpochDay() - first.toEpochDay() + 1);
    CalendarDay[] days = new CalendarDay[n];
    for (int i = 0; i < n; i++) {
      LocalDate date = first.plusDays(i);
      days[i] = describe(date, entries.get(date), localDays.get(date),
          provisionalFrom.map(p -> !date.isBefore(p)).orElse(false));
    }
    return new IndexedWorkCalendar(days, zone, provisionalFrom);
  }

  private CalendarDay describe(LocalDate date, HolidayData.Entry entry, LocalDay local, boolean provisional) {
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    DayKind kind;
    String name;
    if (local != null) {
      kind = local.working() ? DayKind.LOCAL_WORKDAY : DayKind.LOCAL_DAY_OFF;
      name = local.reason();
    } else if (entry != null) {
      kind = entry.offDay() ? DayKind.HOLIDAY : weekend ? DayKind.ADJUSTED_WORKDAY : DayKind.WORKDAY;
      name = entry.name();
    } else {
      kind = weekend ? DayKind.WEEKEND : DayKind.WORKDAY;
      name = "";
    }
    return new CalendarDay(date, kind, name, kind.isWorking() ? hoursOn(date) : WorkingHours.none(), provisional);
  }

  private WorkingHours hoursOn(LocalDate date) {
    MonthDay md = MonthDay.from(date);
    for (int i = seasons.size() - 1; i >= 0; i--) {
      if (seasons.get(i).contains(md)) {
        return seasons.get(i).hours();
      }
    }
    return hours;
  }
}
