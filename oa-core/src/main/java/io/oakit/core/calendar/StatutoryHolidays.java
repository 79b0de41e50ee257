package io.oakit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The holiday days the law fixes (全国年节及纪念日放假办法, as in force from 1 January 2025): 元旦 1 day,
 * 春节 4 days from 除夕, 清明节 1, 劳动节 2, 端午节 1, 中秋节 1, 国庆节 3 — the days a provisional calendar
 * assumes for a year whose State Council notice is not yet published. The lunar and solar-term days
 * come from {@link ChineseLunarCalendar#bundled()}.
 *
 * <p>What is assumed and what is not: every festival day is a day off under the holiday's name; no
 * adjusted working day (调休上班) and no make-up day off (补假) is assumed, because the notice decides
 * where they fall; every other day follows the ordinary week. When 中秋 falls on 10-01..10-03 the two
 * holidays together are four days off, 10-01..10-04, named 国庆节、中秋节 as the notices do.
 */
public final class StatutoryHolidays {

  private StatutoryHolidays() {}

  /**
   * The festival days of a year under the rules in force from 2025, named as the notices name them.
   *
   * @param year a year in {@link ChineseLunarCalendar#FIRST_YEAR}..{@link ChineseLunarCalendar#LAST_YEAR}
   * @return the days off in date order, each with its holiday name
   * @throws IllegalArgumentException outside the years of the bundled Chinese calendar
   */
  public static ImmutableSortedMap<LocalDate, String> festivalDays(Year year) {
    requireNonNull(year, "year");
    int y = year.getValue();
    ChineseLunarCalendar lunar = ChineseLunarCalendar.bundled();
    checkArgument(y >= ChineseLunarCalendar.FIRST_YEAR.getValue() && y <= ChineseLunarCalendar.LAST_YEAR.getValue(),
        "statutory holidays can be assumed for %s..%s (the bundled Chinese calendar), not %s",
        ChineseLunarCalendar.FIRST_YEAR, ChineseLunarCalendar.LAST_YEAR, year);
    Map<LocalDate, String> days = new TreeMap<>();
    days.put(year.atDay(1), "元旦");
    LocalDate eve = lunar.newYearsEve(y);
    for (int i = 0; i < 4; i++) {
      days.put(eve.plusDays(i), "春节");
    }
    days.put(lunar.qingming(y), "清明节");
    days.put(LocalDate.of(y, 5, 1), "劳动节");
    days.put(LocalDate.of(y, 5, 2), "劳动节");
    days.put(lunar.dragonBoat(y), "端午节");
    LocalDate midAutumn = lunar.midAutumn(y);
    LocalDate national = LocalDate.of(y, 10, 1);
    boolean together = !midAutumn.isBefore(national) && midAutumn.isBefore(national.plusDays(3));
    for (int i = 0; i < (together ? 4 : 3); i++) {
      days.put(national.plusDays(i), together ? "国庆节、中秋节" : "国庆节");
    }
    if (!together) {
      days.put(midAutumn, "中秋节");
    }
    return ImmutableSortedMap.copyOf(days);
  }

  /**
   * The assumed holiday data of a year: its festival days off, nothing else.
   *
   * @param year the year
   * @return the data, complete for that year
   */
  static HolidayData assumed(Year year) {
    Map<LocalDate, HolidayData.Entry> entries = new TreeMap<>();
    festivalDays(year).forEach((d, name) -> entries.put(d, new HolidayData.Entry(name, true)));
    return HolidayData.of(year, year, entries);
  }

  /**
   * The explanation line for a provisional year, e.g. {@code 2027 not yet published: assumed the ordinary
   * week and the statutory holidays 元旦 01-01, 春节 02-05..02-08, …; no adjusted working days}.
   *
   * @param calendar the calendar
   * @param year a provisional year of that calendar
   * @return the line
   */
  public static String assumption(WorkCalendar calendar, Year year) {
    requireNonNull(calendar, "calendar");
    requireNonNull(year, "year");
    Map<String, List<LocalDate>> byName = new LinkedHashMap<>();
    for (LocalDate d = year.atDay(1); d.getYear() == year.getValue(); d = d.plusDays(1)) {
      CalendarDay day = calendar.day(d);
      if (!day.isWorking() && !day.name().isEmpty()) {
        byName.computeIfAbsent(day.name(), k -> new ArrayList<>()).add(d);
      }
    }
    List<String> parts = new ArrayList<>();
    byName.forEach((name, days) -> {
      MonthDay a = MonthDay.from(days.get(0));
      MonthDay b = MonthDay.from(days.get(days.size() - 1));
      parts.add(name + " " + md(a) + (days.size() == 1 ? "" : ".." + md(b)));
    });
    return year + " not yet published: assumed the ordinary week and the statutory holidays "
        + String.join(", ", parts) + "; no adjusted working days (调休) or make-up days off (补假)";
  }

  private static String md(MonthDay m) {
    return String.format("%02d-%02d", m.getMonthValue(), m.getDayOfMonth());
  }
}
