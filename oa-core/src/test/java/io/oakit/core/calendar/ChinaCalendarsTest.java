package io.oakit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real holiday crossings of 2025 and 2026, each checkable against the State Council notices. */
class ChinaCalendarsTest {

  private final WorkCalendar cal = ChinaCalendars.official();

  @ParameterizedTest(name = "{0} plus {1} working days is {2}")
  @CsvSource({
      "2025-09-30,  1, 2025-10-09",  // National Day + Mid-Autumn 2025: Oct 1-8 off
      "2025-09-26,  1, 2025-09-28",  // Sunday 2025-09-28 is worked (调休上班)
      "2025-10-10,  1, 2025-10-11",  // Saturday 2025-10-11 is worked
      "2025-01-24,  1, 2025-01-26",  // Sunday 2025-01-26 is worked before Spring Festival
      "2025-01-26,  1, 2025-01-27",  // Monday 2025-01-27 (除夕 eve) is an ordinary working day
      "2025-01-27,  1, 2025-02-05",  // Spring Festival 2025: Jan 28 - Feb 4 off
      "2026-02-13,  1, 2026-02-14",  // Saturday 2026-02-14 is worked
      "2026-02-14,  1, 2026-02-24",  // Spring Festival 2026: Feb 15-23 off
      "2026-09-30,  3, 2026-10-10",  // Oct 8, Oct 9, and Saturday Oct 10 (worked)
      "2026-09-24,  1, 2026-09-28",  // Mid-Autumn 2026: Sep 25-27 off
      "2026-10-12, -3, 2026-10-08",  // backwards over the worked Saturday Oct 10
      "2026-10-08, -1, 2026-09-30",  // backwards over National Day
      "2026-10-01,  0, 2026-10-01",  // zero returns the start, even a holiday
      "2026-10-01,  1, 2026-10-08",  // counting from inside a holiday
      "2026-10-01, -1, 2026-09-30",
  })
  void plusWorkingDaysCrossesRealHolidays(LocalDate start, int days, LocalDate expected) {
    assertThat(cal.plusWorkingDays(start, days)).isEqualTo(expected);
  }

  @Test
  void classifiesRealDays() {
    assertThat(cal.day(LocalDate.of(2026, 10, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(cal.day(LocalDate.of(2026, 10, 1)).name()).isEqualTo("国庆节");
    assertThat(cal.day(LocalDate.of(2026, 10, 10)).kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    assertThat(cal.day(LocalDate.of(2026, 10, 11)).kind()).isEqualTo(DayKind.WEEKEND);
    assertThat(cal.day(LocalDate.of(2026, 10, 12)).kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
  }

  @Test
  void countsWorkingDaysOfRealPeriods() {
    // October 2026: Oct 8, 9, 10 (Sat, worked) and three full weeks of five days
    assertThat(cal.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31))).isEqualTo(18);
    // 2025: 365 days - 104 weekend days - 18 weekday holidays (Jan 1; Jan 28-31, Feb 3-4; Apr 4; May 1-2, 5;
    // Jun 2; Oct 1-3, 6-8) + 5 worked weekend days (Jan 26, Feb 8, Apr 27, Sep 28, Oct 11) = 248
    assertThat(cal.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(248);
    // backwards the end is counted and the start is not: Sep 30 (a Wednesday) and the 18 October days
    assertThat(cal.workingDaysBetween(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 9, 30))).isEqualTo(-19);
    assertThat(cal.plusWorkingDays(LocalDate.of(2026, 10, 31), -19)).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  void countsWorkingTimeOverOfficeHours() {
    LocalDateTime before = LocalDateTime.of(2026, 9, 30, 16, 0);
    assertThat(cal.plusWorkingTime(before, Duration.ofHours(4))).isEqualTo(LocalDateTime.of(2026, 10, 8, 11, 0));
    // a morning's 3.5 hours end at 12:00, not at the afternoon's 14:30
    assertThat(cal.plusWorkingTime(LocalDateTime.of(2026, 10, 8, 8, 30), Duration.ofMinutes(210)))
        .isEqualTo(LocalDateTime.of(2026, 10, 8, 12, 0));
    // backwards over the holiday
    assertThat(cal.plusWorkingTime(LocalDateTime.of(2026, 10, 8, 9, 0), Duration.ofHours(-1)))
        .isEqualTo(LocalDateTime.of(2026, 9, 30, 17, 0));
    assertThat(cal.workingTimeBetween(before, LocalDateTime.of(2026, 10, 8, 11, 0))).isEqualTo(Duration.ofHours(4));
    assertThat(cal.workingTimeBetween(LocalDateTime.of(2026, 10, 8, 11, 0), before)).isEqualTo(Duration.ofHours(-4));
    // a whole working day is 6.5 hours
    assertThat(cal.workingTimeBetween(cal.closeOfBusiness(LocalDate.of(2026, 10, 9)),
        cal.closeOfBusiness(LocalDate.of(2026, 10, 10)))).isEqualTo(Duration.ofMinutes(390));
  }

  @Test
  void closeOfBusinessIsOnlyForWorkingDays() {
    assertThat(cal.closeOfBusiness(LocalDate.of(2026, 10, 10))).isEqualTo(LocalDateTime.of(2026, 10, 10, 17, 30));
    assertThatThrownBy(() -> cal.closeOfBusiness(LocalDate.of(2026, 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-10-01 is not a working day");
  }

  @Test
  void coversExactly2019To2026() {
    assertThat(cal.firstCoveredDay()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(cal.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void refusesToGuessOutsideCoverage() {
    assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2026, 12, 31), 1))
        .isInstanceOfSatisfying(CalendarCoverageException.class, e -> {
          assertThat(e.day()).isEqualTo(LocalDate.of(2027, 1, 1));
          assertThat(e.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        })
        .hasMessageContaining("2027-01-01").hasMessageContaining("2019-01-01..2026-12-31");
    assertThatThrownBy(() -> cal.isWorkingDay(LocalDate.of(2018, 12, 31)))
        .isInstanceOf(CalendarCoverageException.class);
    assertThatThrownBy(() -> cal.plusWorkingDays(LocalDate.of(2019, 1, 2), -2))
        .isInstanceOf(CalendarCoverageException.class);
    assertThatThrownBy(() -> cal.plusWorkingTime(LocalDateTime.of(2026, 12, 31, 9, 0), Duration.ofHours(7)))
        .isInstanceOf(CalendarCoverageException.class);
    assertThatThrownBy(() -> cal.plusWorkingTime(LocalDateTime.of(2026, 12, 31, 9, 0), Duration.ofDays(999_999_999)))
        .isInstanceOf(CalendarCoverageException.class);
    assertThatThrownBy(() -> cal.workingTimeBetween(LocalDateTime.of(2026, 12, 31, 9, 0), LocalDateTime.of(2027, 1, 4, 9, 0)))
        .isInstanceOf(CalendarCoverageException.class);
  }

  @Test
  void everyDayAgreesWithTheNaiveReadingOfTheData() {
    NaiveWorkCalendar naive = NaiveWorkCalendar.official();
    for (LocalDate d = cal.firstCoveredDay(); !d.isAfter(cal.lastCoveredDay()); d = d.plusDays(1)) {
      assertThat(cal.isWorkingDay(d)).as("working %s", d).isEqualTo(naive.isWorkingDay(d));
      assertThat(cal.day(d)).as("day %s", d).isEqualTo(naive.day(d));
    }
  }

  @Test
  void aMondayListedAsWorkedStaysAnOrdinaryWorkday() {
    // 2020-02-03 is listed as worked under 春节 by the 2020 extension notice: an ordinary Monday
    CalendarDay day = cal.day(LocalDate.of(2020, 2, 3));
    assertThat(day.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(day.kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(cal.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();  // turned into a day off by the extension
  }
}
