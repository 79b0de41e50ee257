package io.oakit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The calendar behind {@link WorkCalendarBuilder}: a per-day index built once, so that every
 * calculation is a few array lookups and at most one binary search, whatever the span.
 *
 * <ul>
 *   <li>{@code cumWork[i]}: working days among days {@code 0..i} inclusive;
 *   <li>{@code workDay[j]}: the day index of the {@code j}-th working day (0-based);
 *   <li>{@code nanosBefore[i]}: working nanoseconds in days {@code 0..i-1};
 *   <li>{@code workNanosBefore[j]}: the same for the {@code j}-th working day (for searching).
 * </ul>
 */
final class IndexedWorkCalendar implements WorkCalendar {

  private final CalendarDay[] days;
  private final long epochDay0;
  private final LocalDate first;
  private final LocalDate last;
  private final int[] cumWork;
  private final int[] workDay;
  private final long[] nanosBefore;
  private final long[] workNanosBefore;
  private final ZoneId zone;
  private final java.util.Optional<LocalDate> provisionalFrom;
  private volatile String version;

  IndexedWorkCalendar(CalendarDay[] days, ZoneId zone) {
    this(days, zone, java.util.Optional.empty());
  }

  IndexedWorkCalendar(CalendarDay[] days, ZoneId zone, java.util.Optional<LocalDate> provisionalFrom) {
    this.provisionalFrom = provisionalFrom;
    this.days = days.clone();
    this.zone = zone;
    this.first = days[0].date();
    this.last = days[days.length - 1].date();
    this.epochDay0 = first.toEpochDay();
    int n = days.length;
    cumWork = new int[n];
    nanosBefore = new long[n + 1];
    int[] work = new int[n];
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (days[i].isWorking()) {
        work[w++] = i;
      }
      cumWork[i] = w;
      nanosBefore[i + 1] = nanosBefore[i] + days[i].hours().totalNanos();
    }
    workDay = Arrays.copyOf(work, w);
    workNanosBefore = new long[w];
    for (int j = 0; j < w; j++) {
      workNanosBefore[j] = nanosBefore[workDay[j]];
    }
  }

  private int index(LocalDate date) {
    requireNonNull(date, "date");
    long i = date.toEpochDay() - epochDay0;
    if (i < 0 || i >= days.length) {
      throw new CalendarCoverageException(date, first, last);
    }
    return (int) i;
  }

  private CalendarCoverageException beyondEnd() {
    return new CalendarCoverageException(last.plusDays(1), first, last);
  }

  private CalendarCoverageException beforeStart() {
    return new CalendarCoverageException(first.minusDays(1), first, last);
  }

  /** Working days strictly before day index i. */
  private int workBefore(int i) {
    return i == 0 ? 0 : cumWork[i - 1];
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return days[index(date)].isWorking();
  }

  @Override
  public CalendarDay day(LocalDate date) {
    return days[index(date)];
  }

  @Override
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    int i = index(start);
    if (n == 0) {
      return start;
    }
    long j = n > 0 ? (long) cumWork[i] + n - 1 : (long) workBefore(i) + n;
    if (j >= workDay.length) {
      throw beyondEnd();
    }
    if (j < 0) {
      throw beforeStart();
    }
    return first.plusDays(workDay[(int) j]);
  }

  @Override
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    int a = index(startExclusive);
    int b = index(endInclusive);
    return b >= a ? cumWork[b] - cumWork[a] : -(workBefore(a) - workBefore(b));
  }

  /** Working nanoseconds from the calendar's first day up to the instant. */
  private long position(LocalDateTime t) {
    requireNonNull(t, "instant");
    int i = index(t.toLocalDate());
    return nanosBefore[i] + days[i].hours().workedBefore(t.toLocalTime().toNanoOfDay());
  }

  @Override
  public LocalDateTime plusWorkingTime(LocalDateTime start, Duration amount) {
    requireNonNull(amount, "amount");
    long from = position(start);
    if (amount.isZero()) {
      return start;
    }
    long delta;
    try {
      delta = amount.toNanos();
    } catch (ArithmeticException e) {
      throw amount.isNegative() ? beforeStart() : beyondEnd();
    }
    long target = from + delta;
    if (delta > 0) {
      if (target > nanosBefore[days.length] || target < from) {
        throw beyondEnd();
      }
      // earliest instant: the first working day whose end reaches the target
      int j = firstWorkDayEndingAtOrAfter(target);
      CalendarDay day = days[workDay[j]];
      return day.date().atTime(day.hours().earliestAt(target - workNanosBefore[j]));
    }
    if (target < 0 || target > from) {
      throw beforeStart();
    }
    // latest instant: the last working day that starts at or before the target
    int j = lastWorkDayStartingAtOrBefore(target);
    CalendarDay day = days[workDay[j]];
    return day.date().atTime(day.hours().latestAt(target - workNanosBefore[j]));
  }

  private int firstWorkDayEndingAtOrAfter(long target) {
    // end of working day j = workNanosBefore[j] + its total; we search the first j with
    // workNanosBefore[j + 1] >= target, i.e. the first j whose start is < target.
    int pos = Arrays.binarySearch(workNanosBefore, target);
    int j;
    if (pos >= 0) {
      // target equals the start of working day pos; step back over equal starts (zero-length
      // days cannot exist, so starts are strictly increasing) to the day that ends there
      j = pos - 1;
    } else {
      j = -pos - 2; // last start < target
    }
    return j;
  }

  private int lastWorkDayStartingAtOrBefore(long target) {
    int pos = Arrays.binarySearch(workNanosBefore, target);
    return pos >= 0 ? pos : -pos - 2;
  }

  @Override
  public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
    return Duration.ofNanos(position(to) - position(from));
  }

  @Override
  public LocalDateTime closeOfBusiness(LocalDate date) {
    CalendarDay day = days[index(date)];
    checkArgument(day.isWorking(), "%s is not a working day (%s), it has no close of business", date, day);
    return date.atTime(day.hours().closing());
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
  public String version() {
    String v = version;
    if (v == null) {
      try {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(zone.getId().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (CalendarDay d : days) {
          sha.update(("\n" + d.date() + "|" + d.kind() + "|" + d.name() + "|" + d.hours()
              + (d.provisional() ? "|provisional" : "")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        v = "sha256:" + java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
      version = v;
    }
    return v;
  }

  @Override
  public java.util.Optional<LocalDate> provisionalFrom() {
    return provisionalFrom;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public String toString() {
    return "WorkCalendar[" + first + ".." + last + provisionalFrom.map(p -> " (provisional from " + p + ")").orElse("")
        + ", " + workDay.length + " working days, zone " + zone + "]";
  }
}
