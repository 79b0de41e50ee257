package io.oakit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The official Chinese calendar (农历, as published under GB/T 33661-2017) as a bundled table: the
 * first day of every lunar month of the lunar years 2018–2051 and the solar term 清明, enough to place
 * the lunar festivals (除夕, 春节, 端午, 中秋, and regional ones such as 三月三) of the Gregorian years
 * {@link #FIRST_YEAR}..{@link #LAST_YEAR}.
 *
 * <p>The table is data, not astronomy: near-midnight new moons make astronomical libraries disagree
 * with the published calendar (ICU4J 77.1 puts 正月初一 2027 on 02-07; the published 农历 has 02-06), so
 * the tests check the table against independent sources and resolve disagreements against the
 * published calendar. Immutable and thread-safe.
 */
public final class ChineseLunarCalendar {

  /** The first Gregorian year whose lunar festivals the table places. */
  public static final Year FIRST_YEAR = Year.of(2019);
  /** The last Gregorian year whose lunar festivals the table places. */
  public static final Year LAST_YEAR = Year.of(2050);

  /** A day of the lunar calendar: year, month (1–12), whether that month is a leap month (闰月), day (1–30). */
  public record LunarDate(int year, int month, boolean leapMonth, int day) {
    /**
     * Checks the ranges.
     *
     * @param year a year in {@link #FIRST_YEAR}..{@link #LAST_YEAR}
     * @param month the month, 1–12
     * @param leapMonth whether the month is a leap month (闰月)
     * @param day the day, 1–30
     */
    public LunarDate {
      checkArgument(month >= 1 && month <= 12, "lunar month must be 1..12 but was %s", month);
      checkArgument(day >= 1 && day <= 30, "lunar day must be 1..30 but was %s", day);
    }

    @Override
    public String toString() {
      return year + "-" + (leapMonth ? "闰" : "") + month + "-" + day;
    }
  }

  private record Month(int year, int month, boolean leap, LocalDate first, int days) {}

  private static final class Holder {
    static final ChineseLunarCalendar BUNDLED = load();
  }

  private final ImmutableMap<String, Month> months;
  private final TreeMap<LocalDate, Month> byFirstDay;
  private final ImmutableMap<Integer, LocalDate> qingming;

  private ChineseLunarCalendar(Map<String, Month> months, Map<Integer, LocalDate> qingming) {
    this.months = ImmutableMap.copyOf(months);
    this.byFirstDay = new TreeMap<>();
    months.values().forEach(m -> byFirstDay.put(m.first(), m));
    this.qingming = ImmutableMap.copyOf(qingming);
  }

  /**
   * The bundled table.
   *
   * @return the calendar
   */
  public static ChineseLunarCalendar bundled() {
    return Holder.BUNDLED;
  }

  /**
   * The Gregorian day of a lunar date.
   *
   * @param date the lunar date
   * @return the Gregorian day
   * @throws IllegalArgumentException if the month is not in the table (outside 2018–2051, or a leap
   *     month that year does not have) or the month has fewer days
   */
  public LocalDate toSolar(LunarDate date) {
    requireNonNull(date, "date");
    Month m = months.get(key(date.year(), date.month(), date.leapMonth()));
    checkArgument(m != null, "lunar month %s%s of %s is not in the table (lunar years 2018..2051)",
        date.leapMonth() ? "闰" : "", date.month(), date.year());
    checkArgument(date.day() <= m.days(), "lunar month %s of %s has %s days, not %s", date.month(), date.year(),
        m.days(), date.day());
    return m.first().plusDays(date.day() - 1L);
  }

  /**
   * The lunar date of a Gregorian day.
   *
   * @param day the day
   * @return the lunar date, empty outside the table
   */
  public Optional<LunarDate> toLunar(LocalDate day) {
    requireNonNull(day, "day");
    Map.Entry<LocalDate, Month> e = byFirstDay.floorEntry(day);
    if (e == null) {
      return Optional.empty();
    }
    Month m = e.getValue();
    long offset = day.toEpochDay() - m.first().toEpochDay();
    return offset < m.days()
        ? Optional.of(new LunarDate(m.year(), m.month(), m.leap(), (int) offset + 1))
        : Optional.empty();
  }

  /**
   * 春节: the first day of the first lunar month (正月初一) in a Gregorian year.
   *
   * @param year a year in {@link #FIRST_YEAR}..{@link #LAST_YEAR}
   * @return the day
   */
  public LocalDate springFestival(int year) {
    checkYear(year);
    return toSolar(new LunarDate(year, 1, false, 1));
  }

  /**
   * 除夕: the last day of the lunar year, the eve of {@link #springFestival}.
   *
   * @param year the Gregorian year of the spring festival it precedes
   * @return the day
   */
  public LocalDate newYearsEve(int year) {
    return springFestival(year).minusDays(1);
  }

  /**
   * 清明节: the day of the solar term 清明 (Beijing time).
   *
   * @param year a year in {@link #FIRST_YEAR}..{@link #LAST_YEAR}
   * @return the day
   */
  public LocalDate qingming(int year) {
    checkYear(year);
    return qingming.get(year);
  }

  /**
   * 端午节: 五月初五.
   *
   * @param year a year in {@link #FIRST_YEAR}..{@link #LAST_YEAR}
   * @return the day
   */
  public LocalDate dragonBoat(int year) {
    checkYear(year);
    return toSolar(new LunarDate(year, 5, false, 5));
  }

  /**
   * 中秋节: 八月十五.
   *
   * @param year a year in {@link #FIRST_YEAR}..{@link #LAST_YEAR}
   * @return the day
   */
  public LocalDate midAutumn(int year) {
    checkYear(year);
    return toSolar(new LunarDate(year, 8, false, 15));
  }

  private static void checkYear(int year) {
    checkArgument(year >= FIRST_YEAR.getValue() && year <= LAST_YEAR.getValue(),
        "the bundled Chinese calendar places festivals of %s..%s, not %s", FIRST_YEAR, LAST_YEAR, year);
  }

  private static String key(int year, int month, boolean leap) {
    return year + (leap ? "L" : "-") + month;
  }

  private static ChineseLunarCalendar load() {
    Map<String, Month> months = new HashMap<>();
    read("cn-lunar-months.csv", "lunar_year,month,leap,first_day,days", f -> {
      Month m = new Month(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Boolean.parseBoolean(f[2]),
          LocalDate.parse(f[3]), Integer.parseInt(f[4]));
      months.put(key(m.year(), m.month(), m.leap()), m);
    });
    Map<Integer, LocalDate> qingming = new HashMap<>();
    read("cn-qingming.csv", "year,qingming", f -> qingming.put(Integer.parseInt(f[0]), LocalDate.parse(f[1])));
    return new ChineseLunarCalendar(months, qingming);
  }

  private static void read(String resource, String header, java.util.function.Consumer<String[]> row) {
    try (InputStream in = ChineseLunarCalendar.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + resource + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean seenHeader = false;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!seenHeader) {
          if (!line.equals(header)) {
            throw new IllegalStateException(resource + ": expected header " + header + " but found " + line);
          }
          seenHeader = true;
          continue;
        }
        row.accept(line.split(",", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
