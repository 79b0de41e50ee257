package io.oakit.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The obviously-correct reference calendar: it reads the holiday CSV itself and walks day by day
 * and session by session. Slow on purpose; used by the properties and as the naive baseline in
 * oa-benchmarks.
 */
public final class NaiveWorkCalendar implements WorkCalendar {

  private final Map<LocalDate, Boolean> offDays;
  private final Map<LocalDate, String> names;
  private final Map<LocalDate, Boolean> localWorking;
  private final LocalDate first;
  private final LocalDate last;
  private final Function<LocalDate, WorkingHours> hours;

  public NaiveWorkCalendar(Map<LocalDate, Boolean> offDays, Map<LocalDate, String> names,
      Map<LocalDate, Boolean> localWorking, LocalDate first, LocalDate last, Function<LocalDate, WorkingHours> hours) {
    this.offDays = offDays;
    this.names = names;
    this.localWorking = localWorking;
    this.first = first;
    this.last = last;
    this.hours = hours;
  }

  /** The official 2019–2026 calendar with default hours, read straight from the bundled CSV. */
  public static NaiveWorkCalendar official() {
    return official(d -> WorkingHours.CHINA_OFFICE_DEFAULT, Map.of());
  }

  public static NaiveWorkCalendar official(Function<LocalDate, WorkingHours> hours, Map<LocalDate, Boolean> local) {
    Map<LocalDate, Boolean> off = new HashMap<>();
    Map<LocalDate, String> names = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        NaiveWorkCalendar.class.getResourceAsStream("cn-holidays.csv"), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        off.put(LocalDate.parse(f[0]), Boolean.parseBoolean(f[2]));
        names.put(LocalDate.parse(f[0]), f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new NaiveWorkCalendar(off, names, local, LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31), hours);
  }

  private void cover(LocalDate d) {
    if (d.isBefore(first) || d.isAfter(last)) {
      throw new CalendarCoverageException(d, first, last);
    }
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    cover(date);
    if (localWorking.containsKey(date)) {
      return localWorking.get(date);
    }
    if (offDays.containsKey(date)) {
      return !offDays.get(date);
    }
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  @Override
  public CalendarDay day(LocalDate date) {
    boolean working = isWorkingDay(date);
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    DayKind kind;
    if (localWorking.containsKey(date)) {
      kind = working ? DayKind.LOCAL_WORKDAY : DayKind.LOCAL_DAY_OFF;
    } else if (offDays.containsKey(date)) {
      kind = !working ? DayKind.HOLIDAY : weekend ? DayKind.ADJUSTED_WORKDAY : DayKind.WORKDAY;
    } else {
      kind = working ? DayKind.WORKDAY : DayKind.WEEKEND;
    }
    String name = localWorking.containsKey(date) ? "local" : names.getOrDefault(date, "");
    return new CalendarDay(date, kind, name, working ? hours.apply(date) : WorkingHours.none());
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate start, int days) {
    cover(start);
    LocalDate d = start;
    int step = days >= 0 ? 1 : -1;
    for (int counted = 0; counted != days; ) {
      d = d.plusDays(step);
      if (isWorkingDay(d)) {
        counted += step;
      }
    }
    return d;
  }

  @Override
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    cover(startExclusive);
    cover(endInclusive);
    int n = 0;
    if (!endInclusive.isBefore(startExclusive)) {
      for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
        n += isWorkingDay(d) ? 1 : 0;
      }
      return n;
    }
    for (LocalDate d = endInclusive; d.isBefore(startExclusive); d = d.plusDays(1)) {
      n += isWorkingDay(d) ? 1 : 0;
    }
    return -n;
  }

  private List<WorkingHours.Session> sessions(LocalDate d) {
    return isWorkingDay(d) ? hours.apply(d).sessions() : List.of();
  }

  @Override
  public LocalDateTime plusWorkingTime(LocalDateTime start, Duration amount) {
    cover(start.toLocalDate());
    if (amount.isZero()) {
      return start;
    }
    long left = Math.abs(amount.toNanos());
    LocalDate d = start.toLocalDate();
    if (!amount.isNegative()) {
      while (true) {
        for (WorkingHours.Session s : sessions(d)) {
          LocalTime from = d.equals(start.toLocalDate()) && start.toLocalTime().isAfter(s.start())
              ? start.toLocalTime() : s.start();
          long avail = Math.max(0, Duration.between(from, s.end()).toNanos());
          if (avail > 0 && left <= avail) {
            return d.atTime(from.plusNanos(left));
          }
          left -= avail;
        }
        d = d.plusDays(1);
        cover(d);
      }
    }
    while (true) {
      List<WorkingHours.Session> ss = sessions(d);
      for (int i = ss.size() - 1; i >= 0; i--) {
        WorkingHours.Session s = ss.get(i);
        LocalTime to = d.equals(start.toLocalDate()) && start.toLocalTime().isBefore(s.end())
            ? start.toLocalTime() : s.end();
        long avail = Math.max(0, Duration.between(s.start(), to).toNanos());
        if (avail > 0 && left <= avail) {
          return d.atTime(to.minusNanos(left));
        }
        left -= avail;
      }
      d = d.minusDays(1);
      cover(d);
    }
  }

  @Override
  public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
    if (to.isBefore(from)) {
      return workingTimeBetween(to, from).negated();
    }
    cover(from.toLocalDate());
    cover(to.toLocalDate());
    Duration total = Duration.ZERO;
    for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
      for (WorkingHours.Session s : sessions(d)) {
        LocalDateTime a = d.atTime(s.start());
        LocalDateTime b = d.atTime(s.end());
        LocalDateTime lo = a.isAfter(from) ? a : from;
        LocalDateTime hi = b.isBefore(to) ? b : to;
        if (hi.isAfter(lo)) {
          total = total.plus(Duration.between(lo, hi));
        }
      }
    }
    return total;
  }

  @Override
  public LocalDateTime closeOfBusiness(LocalDate date) {
    if (!isWorkingDay(date)) {
      throw new IllegalArgumentException(date + " is not a working day");
    }
    return date.atTime(hours.apply(date).closing());
  }

  @Override
  public LocalDate firstCoveredDay() {
    return first;
  }

  @Override
  public LocalDate lastCoveredDay() {
    return last;
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of("Asia/Shanghai");
  }
}
