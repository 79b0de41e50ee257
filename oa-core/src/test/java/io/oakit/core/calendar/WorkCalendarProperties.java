package io.oakit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The indexed calendar against the naive day-by-day reference, plus the algebra the API
 * promises, over random dates and instants 2019–2026 (and a little outside, for coverage).
 */
class WorkCalendarProperties {

  private static final WorkingHours SUMMER = WorkingHours.parse("08:30-12:00,15:00-18:00");
  private static final LocalDate LOCAL_OFF = LocalDate.of(2024, 7, 1);
  private static final LocalDate LOCAL_ON = LocalDate.of(2024, 7, 6);

  private final WorkCalendar fast = ChinaCalendars.official();
  private final WorkCalendar naive = NaiveWorkCalendar.official();

  /** A customised calendar (summer hours, local days) and its naive twin. */
  private final WorkCalendar fastCustom = ChinaCalendars.builder()
      .seasonalHours(MonthDay.of(5, 1), MonthDay.of(9, 30), SUMMER)
      .extraDayOff(LOCAL_OFF, "local").extraWorkingDay(LOCAL_ON, "local")
      .build();
  private final WorkCalendar naiveCustom = NaiveWorkCalendar.official(
      d -> d.getMonthValue() >= 5 && d.getMonthValue() <= 9 ? SUMMER : WorkingHours.CHINA_OFFICE_DEFAULT,
      Map.of(LOCAL_OFF, false, LOCAL_ON, true));

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(2018, 12, 1).toEpochDay(), LocalDate.of(2027, 1, 31).toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(c -> c.add(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31)));
  }

  @Provide
  Arbitrary<LocalDate> coveredDates() {
    return Arbitraries.longs()
        .between(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2026, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<LocalDateTime> instants() {
    Arbitrary<LocalTime> times = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)),
        Arbitraries.of(LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(14, 30), LocalTime.of(15, 0),
            LocalTime.of(17, 30), LocalTime.of(18, 0), LocalTime.MIDNIGHT),
        Arbitraries.longs().between(0, 86_399_999_999_999L).map(LocalTime::ofNanoOfDay));
    return Combinators.combine(coveredDates(), times).as(LocalDate::atTime);
  }

  @Provide
  Arbitrary<Duration> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-300 * 60, 300 * 60).map(Duration::ofMinutes),
        Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(Duration::ofNanos),
        Arbitraries.of(Duration.ofMinutes(210), Duration.ofMinutes(390), Duration.ofMinutes(-180),
            Duration.ofMinutes(-210), Duration.ofMinutes(-390), Duration.ofMinutes(-600), Duration.ofMinutes(-780), Duration.ZERO));
  }

  // ---------------------------------------------------------------- agreement with the reference

  @Property
  void plusWorkingDaysAgreesWithReference(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = -80, max = 80) int n) {
    sameOutcome(() -> fast.plusWorkingDays(start, n), () -> naive.plusWorkingDays(start, n));
    sameOutcome(() -> fastCustom.plusWorkingDays(start, n), () -> naiveCustom.plusWorkingDays(start, n));
  }

  @Property
  void workingDaysBetweenAgreesWithReference(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
    sameOutcome(() -> fast.workingDaysBetween(a, b), () -> naive.workingDaysBetween(a, b));
  }

  @Property
  void plusWorkingTimeAgreesWithReference(@ForAll("instants") LocalDateTime start, @ForAll("amounts") Duration amount) {
    sameOutcome(() -> fast.plusWorkingTime(start, amount), () -> naive.plusWorkingTime(start, amount));
    sameOutcome(() -> fastCustom.plusWorkingTime(start, amount), () -> naiveCustom.plusWorkingTime(start, amount));
  }

  @Property
  void workingTimeBetweenAgreesWithReference(@ForAll("instants") LocalDateTime from, @ForAll @IntRange(min = -40 * 24 * 60, max = 40 * 24 * 60) int minutes) {
    LocalDateTime to = from.plusMinutes(minutes);
    sameOutcome(() -> fast.workingTimeBetween(from, to), () -> naive.workingTimeBetween(from, to));
    sameOutcome(() -> fastCustom.workingTimeBetween(from, to), () -> naiveCustom.workingTimeBetween(from, to));
  }

  // ---------------------------------------------------------------- algebra

  @Property
  void plusWorkingDaysAndWorkingDaysBetweenAreInverses(@ForAll("coveredDates") LocalDate start,
      @ForAll @IntRange(min = -200, max = 200) int n) {
    LocalDate end;
    try {
      end = fast.plusWorkingDays(start, n);
    } catch (CalendarCoverageException e) {
      return; // near the ends of the data
    }
    assertThat(fast.workingDaysBetween(start, end)).isEqualTo(n);
    if (n != 0) {
      assertThat(fast.isWorkingDay(end)).isTrue();
    }
  }

  @Property
  void countingToAWorkingDayAndBackLandsOnIt(@ForAll("coveredDates") LocalDate a, @ForAll("coveredDates") LocalDate b) {
    if (fast.isWorkingDay(b)) {
      assertThat(fast.plusWorkingDays(a, fast.workingDaysBetween(a, b))).isIn(b, a);
      if (!a.equals(b)) {
        assertThat(fast.plusWorkingDays(a, fast.workingDaysBetween(a, b))).isEqualTo(b);
      }
    }
  }

  @Property
  void plusWorkingDaysIsMonotonic(@ForAll("coveredDates") LocalDate s1, @ForAll @IntRange(min = 0, max = 30) int gap,
      @ForAll @IntRange(min = -60, max = 60) int n, @ForAll @IntRange(min = 1, max = 20) int more) {
    LocalDate s2 = s1.plusDays(gap);
    try {
      assertThat(fast.plusWorkingDays(s1, n)).isBeforeOrEqualTo(fast.plusWorkingDays(s2, n));
      assertThat(fast.plusWorkingDays(s1, n)).isBefore(fast.plusWorkingDays(s1, n + more));
    } catch (CalendarCoverageException e) {
      // near the ends of the data
    }
  }

  @Property
  void plusWorkingTimeAndWorkingTimeBetweenAreInverses(@ForAll("instants") LocalDateTime start, @ForAll("amounts") Duration amount) {
    LocalDateTime end;
    try {
      end = fast.plusWorkingTime(start, amount);
    } catch (CalendarCoverageException e) {
      return;
    }
    assertThat(fast.workingTimeBetween(start, end)).isEqualTo(amount);
    if (!amount.isNegative() && !amount.isZero()) {
      assertThat(end).isAfter(start);
    } else if (amount.isNegative()) {
      assertThat(end).isBefore(start);
    }
  }

  @Property
  void workingTimeBetweenConsecutiveClosesIsOneDaysHours(@ForAll("coveredDates") LocalDate d) {
    try {
      LocalDate cDay = fastCustom.plusWorkingDays(d, 1);
      LocalDate cNext = fastCustom.plusWorkingDays(cDay, 1);
      assertThat(fastCustom.workingTimeBetween(fastCustom.closeOfBusiness(cDay), fastCustom.closeOfBusiness(cNext)))
          .isEqualTo(fastCustom.day(cNext).hours().total());
      LocalDate day = fast.plusWorkingDays(d, 1);
      LocalDate next = fast.plusWorkingDays(day, 1);
      assertThat(fast.workingTimeBetween(fast.closeOfBusiness(day), fast.closeOfBusiness(next)))
          .isEqualTo(Duration.ofMinutes(390));
    } catch (CalendarCoverageException e) {
      // the last working days of 2026
    }
  }

  @Property
  void workingTimeIsMonotonicInTheEndInstant(@ForAll("instants") LocalDateTime from,
      @ForAll("instants") LocalDateTime a, @ForAll("instants") LocalDateTime b) {
    LocalDateTime lo = a.isBefore(b) ? a : b;
    LocalDateTime hi = a.isBefore(b) ? b : a;
    assertThat(fast.workingTimeBetween(from, lo)).isLessThanOrEqualTo(fast.workingTimeBetween(from, hi));
  }

  private static void sameOutcome(Supplier<?> fastCall, Supplier<?> naiveCall) {
    Object expected;
    try {
      expected = naiveCall.get();
    } catch (CalendarCoverageException e) {
      assertThat(catchThrowable(fastCall::get)).isInstanceOf(CalendarCoverageException.class);
      return;
    }
    assertThat(fastCall.get()).isEqualTo(expected);
  }
}
