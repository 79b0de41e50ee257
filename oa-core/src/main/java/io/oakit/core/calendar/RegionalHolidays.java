package io.oakit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The local statutory holidays of a region (an autonomous region's own festivals, 少数民族节日), layered on
 * the national calendar by {@link WorkCalendarBuilder#regional(RegionalHolidays)} without copying it:
 * days off and worked days (the region's 调休) as published for given years, and lunar festivals as a
 * rule with the years it applies (e.g. 广西 壮族三月三: 农历三月初三 and 初四 from 2014).
 *
 * <p>A regional day overrides the national data of that day; a host's own local days override both.
 * Dated days are data a host loads each year from the region's notice (新疆's 肉孜节 and 古尔邦节 and 西藏's
 * 藏历新年 follow calendars the library does not bundle); lunar rules are placed with
 * {@link ChineseLunarCalendar#bundled()} in every covered year they apply to, provisional years included.
 * Immutable and thread-safe.
 */
public final class RegionalHolidays {

  /**
   * A festival on a lunar date, some days long, in the years it applies.
   *
   * @param name the festival's name, e.g. 壮族三月三
   * @param month the lunar month
   * @param day the lunar day of the first day off
   * @param length how many consecutive days off, {@code >= 1}
   * @param fromYear the first Gregorian year it applies
   * @param toYear the last Gregorian year it applies, empty while in force
   */
  public record LunarFestival(String name, int month, int day, int length, Year fromYear, Optional<Year> toYear) {
    /**
     * Checks the fields.
     *
     * @param day the lunar day of the first day off
     * @param fromYear the first Gregorian year it applies
     * @param length how many consecutive days off, {@code >= 1}
     * @param month the lunar month
     * @param name the festival's name, e.g. 壮族三月三
     * @param toYear the last Gregorian year it applies, empty while in force
     */
    public LunarFestival {
      requireNonNull(name, "name");
      checkArgument(!name.isBlank(), "name must not be blank");
      checkArgument(month >= 1 && month <= 12, "month must be 1..12 but was %s", month);
      checkArgument(day >= 1 && day <= 30, "day must be 1..30 but was %s", day);
      checkArgument(length >= 1 && length <= 15, "length must be 1..15 but was %s", length);
      requireNonNull(fromYear, "fromYear");
      requireNonNull(toYear, "toYear");
      checkArgument(toYear.map(t -> !t.isBefore(fromYear)).orElse(true), "toYear %s is before fromYear %s",
          toYear.orElse(null), fromYear);
    }

    boolean appliesIn(int year) {
      return year >= fromYear.getValue() && toYear.map(t -> year <= t.getValue()).orElse(true);
    }
  }

  private final String region;
  private final ImmutableList<HolidayData> dated;
  private final ImmutableList<LunarFestival> lunar;

  private RegionalHolidays(String region, List<HolidayData> dated, List<LunarFestival> lunar) {
    this.region = region;
    this.dated = ImmutableList.copyOf(dated);
    this.lunar = ImmutableList.copyOf(lunar);
  }

  /**
   * No regional days yet for a region.
   *
   * @param region the region's name, e.g. 新疆维吾尔自治区; not blank
   * @return the (empty) regional holidays
   */
  public static RegionalHolidays of(String region) {
    requireNonNull(region, "region");
    checkArgument(!region.isBlank(), "region must not be blank");
    return new RegionalHolidays(region.trim(), List.of(), List.of());
  }

  /**
   * 广西壮族自治区: 壮族三月三, two days off (农历三月初三 and 初四) since 2014 (广西壮族自治区民族团结进步条例 and the
   * region's annual notices); the region's 调休 around it is published yearly, add it with {@link #with(HolidayData)}.
   *
   * @return the regional holidays
   */
  public static RegionalHolidays guangxi() {
    return of("广西壮族自治区").with(new LunarFestival("壮族三月三", 3, 3, 2, Year.of(2014), Optional.empty()));
  }

  /**
   * These holidays plus a year's (or years') published regional days, e.g. 新疆's 肉孜节 and 古尔邦节 from the
   * region's notice, read with {@link HolidayData#parseCsv} in the national format.
   *
   * @param data the regional days; their names appear in explanations
   * @return new regional holidays
   */
  public RegionalHolidays with(HolidayData data) {
    List<HolidayData> d = new ArrayList<>(dated);
    d.add(requireNonNull(data, "data"));
    return new RegionalHolidays(region, d, lunar);
  }

  /**
   * These holidays plus a lunar festival.
   *
   * @param festival the festival
   * @return new regional holidays
   */
  public RegionalHolidays with(LunarFestival festival) {
    List<LunarFestival> l = new ArrayList<>(lunar);
    l.add(requireNonNull(festival, "festival"));
    return new RegionalHolidays(region, dated, l);
  }

  /**
   * The region.
   *
   * @return its name
   */
  public String region() {
    return region;
  }

  /**
   * The published regional days.
   *
   * @return the data in the order added
   */
  public ImmutableList<HolidayData> dated() {
    return dated;
  }

  /**
   * The lunar festivals.
   *
   * @return them in the order added
   */
  public ImmutableList<LunarFestival> lunarFestivals() {
    return lunar;
  }

  /**
   * The regional days between two days: lunar festivals placed in the years they apply (where the
   * bundled Chinese calendar reaches), then the published days, later data winning.
   */
  Map<LocalDate, HolidayData.Entry> daysBetween(LocalDate first, LocalDate last) {
    Map<LocalDate, HolidayData.Entry> out = new TreeMap<>();
    ChineseLunarCalendar cal = ChineseLunarCalendar.bundled();
    for (int y = first.getYear(); y <= last.getYear(); y++) {
      if (y < ChineseLunarCalendar.FIRST_YEAR.getValue() || y > ChineseLunarCalendar.LAST_YEAR.getValue()) {
        continue;
      }
      for (LunarFestival f : lunar) {
        if (f.appliesIn(y)) {
          LocalDate start = cal.toSolar(new ChineseLunarCalendar.LunarDate(y, f.month(), false, f.day()));
          for (int i = 0; i < f.length(); i++) {
            out.put(start.plusDays(i), new HolidayData.Entry(f.name() + " (" + region + ")", true));
          }
        }
      }
    }
    for (HolidayData d : dated) {
      d.entries().forEach((date, e) -> out.put(date, new HolidayData.Entry(e.name() + " (" + region + ")", e.offDay())));
    }
    out.keySet().removeIf(d -> d.isBefore(first) || d.isAfter(last));
    return out;
  }

  @Override
  public String toString() {
    return "RegionalHolidays[" + region + ", " + lunar.size() + " lunar festival(s), " + dated.size() + " dated set(s)]";
  }
}
