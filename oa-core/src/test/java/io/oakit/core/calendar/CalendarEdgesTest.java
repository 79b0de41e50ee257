package io.oakit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The places where a calendar goes wrong by one: the first and last covered days, the first and
 * last day of seasonal hours, every session's start and end to the nanosecond, and amounts that end
 * exactly there. Compared, systematically rather than at random, with the naive reference.
 */
class CalendarEdgesTest {

  private static final WorkingHours SUMMER = WorkingHours.parse("08:30-12:00,15:00-18:00");
  private static final WorkingHours WINTER = WorkingHours.parse("09:00-12:00,14:00-17:00");

  private final WorkCalendar fast = ChinaCalendars.official();
  private final WorkCalendar naive = NaiveWorkCalendar.official();
  private final WorkCalendar fastSeasons = ChinaCalendars.builder()
      .seasonalHours(MonthDay.of(5, 1), MonthDay.of(9, 30), SUMMER)
      .seasonalHours(MonthDay.of(11, 15), MonthDay.of(3, 14), WINTER)
      .build();
  private final WorkCalendar naiveSeasons = NaiveWorkCalendar.official(CalendarEdgesTest::seasonal, Map.of());

  private static WorkingHours seasonal(LocalDate d) {
    MonthDay md = MonthDay.from(d);
    if (!md.isBefore(MonthDay.of(5, 1)) && !md.isAfter(MonthDay.of(9, 30))) {
      return SUMMER;
    }
    if (!md.isBefore(MonthDay.of(11, 15)) || !md.isAfter(MonthDay.of(3, 14))) {
      return WINTER;
    }
    return WorkingHours.CHINA_OFFICE_DEFAULT;
  }

  /** Days around the ends of coverage and around every season's first and last day. */
  private static List<LocalDate> edgeDays() {
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      days.add(LocalDate.of(2019, 1, 1).plusDays(i));
      days.add(LocalDate.of(2026, 12, 31).minusDays(i));
    }
    for (LocalDate switchDay : List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 15),
        LocalDate.of(2025, 3, 15))) {
      for (int i = -2; i <= 1; i++) {
        days.add(switchDay.plusDays(i));
      }
    }
    return days;
  }

  /** Every session boundary of every hours in use, a nanosecond either side, and midnight. */
  private static List<LocalDateTime> edgeInstants() {
    TreeSet<LocalTime> times = new TreeSet<>();
    times.add(LocalTime.MIDNIGHT);
    times.add(LocalTime.MAX);
    for (WorkingHours h : List.of(WorkingHours.CHINA_OFFICE_DEFAULT, SUMMER, WINTER)) {
      for (WorkingHours.Session s : h.sessions()) {
        for (LocalTime t : List.of(s.start(), s.end())) {
          times.add(t);
          times.add(t.minusNanos(1));
          times.add(t.plusNanos(1));
        }
      }
    }
    List<LocalDateTime> out = new ArrayList<>();
    for (LocalDate d : edgeDays()) {
      for (LocalTime t : times) {
        out.add(d.atTime(t));
      }
    }
    out.sort(null);
    return out;
  }

  private static void sameOutcome(Supplier<?> fastCall, Supplier<?> naiveCall, String what) {
    Object expected;
    try {
      expected = naiveCall.get();
    } catch (CalendarCoverageException e) {
      assertThat(catchThrowable(fastCall::get)).as(what).isInstanceOf(CalendarCoverageException.class);
      return;
    }
    assertThat(fastCall.get()).as(what).isEqualTo(expected);
  }

  @Test
  void workingTimeToAndFromEveryEdgeAgreesWithTheReference() {
    List<LocalDateTime> instants = edgeInstants();
    LocalDateTime coverageStart = LocalDate.of(2019, 1, 1).atStartOfDay();
    LocalDateTime coverageEnd = LocalDate.of(2026, 12, 31).atTime(LocalTime.MAX);
    for (int c = 0; c < 2; c++) {
      WorkCalendar f = c == 0 ? fast : fastSeasons;
      WorkCalendar n = c == 0 ? naive : naiveSeasons;
      for (int i = 0; i < instants.size(); i++) {
        LocalDateTime s = instants.get(i);
        // the ends of coverage from the days near them (the naive calendar walks day by day)
        List<LocalDateTime> targets = new ArrayList<>(List.of(s.getYear() == 2019 ? coverageStart : coverageEnd));
        if (s.getYear() != 2019 && s.getYear() != 2026) {
          targets.clear();
        }
        for (int j = Math.max(0, i - 4); j <= Math.min(instants.size() - 1, i + 4); j++) {
          targets.add(instants.get(j));
        }
        for (LocalDateTime t : targets) {
          Duration d = n.workingTimeBetween(s, t);
          assertThat(f.workingTimeBetween(s, t)).as("working time %s → %s", s, t).isEqualTo(d);
          for (Duration amount : List.of(d, d.plusNanos(1), d.minusNanos(1))) {
            sameOutcome(() -> f.plusWorkingTime(s, amount), () -> n.plusWorkingTime(s, amount), s + " + " + amount);
          }
        }
      }
    }
  }

  @Test
  void workingDaysToTheEndsOfCoverageAndOneBeyond() {
    for (LocalDate d : edgeDays()) {
      for (int k = -12; k <= 12; k++) {
        int steps = k;
        sameOutcome(() -> fast.plusWorkingDays(d, steps), () -> naive.plusWorkingDays(d, steps), d + " + " + k);
      }
      for (LocalDate e : edgeDays()) {
        assertThat(fast.workingDaysBetween(d, e)).as("%s..%s", d, e).isEqualTo(naive.workingDaysBetween(d, e));
      }
    }
    LocalDate lastWorking = LocalDate.of(2026, 12, 31);
    assertThat(fast.isWorkingDay(lastWorking)).isTrue();
    assertThatThrownBy(() -> fast.plusWorkingDays(lastWorking, 1)).isInstanceOfSatisfying(
        CalendarCoverageException.class, e -> {
          assertThat(e.firstCoveredDay()).isEqualTo(LocalDate.of(2019, 1, 1));
          assertThat(e.lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        });
    assertThat(fast.plusWorkingDays(fast.plusWorkingDays(lastWorking, -1), 1)).isEqualTo(lastWorking);
  }

  @Test
  void seasonsStartAndEndOnTheirFirstAndLastDays() {
    assertThat(fastSeasons.day(LocalDate.of(2024, 4, 30)).hours()).isEqualTo(WorkingHours.CHINA_OFFICE_DEFAULT);
    assertThat(fastSeasons.day(LocalDate.of(2024, 5, 6)).hours()).isEqualTo(SUMMER);
    assertThat(fastSeasons.day(LocalDate.of(2024, 9, 30)).hours()).isEqualTo(SUMMER);
    assertThat(fastSeasons.day(LocalDate.of(2024, 10, 8)).hours()).isEqualTo(WorkingHours.CHINA_OFFICE_DEFAULT);
    // a season over the new year: 11-15 to 03-14
    assertThat(fastSeasons.day(LocalDate.of(2024, 11, 14)).hours()).isEqualTo(WorkingHours.CHINA_OFFICE_DEFAULT);
    assertThat(fastSeasons.day(LocalDate.of(2024, 11, 15)).hours()).isEqualTo(WINTER);
    assertThat(fastSeasons.day(LocalDate.of(2024, 12, 31)).hours()).isEqualTo(WINTER);
    assertThat(fastSeasons.day(LocalDate.of(2025, 1, 2)).hours()).isEqualTo(WINTER);
    assertThat(fastSeasons.day(LocalDate.of(2025, 3, 14)).hours()).isEqualTo(WINTER);
    assertThat(fastSeasons.day(LocalDate.of(2025, 3, 17)).hours()).isEqualTo(WorkingHours.CHINA_OFFICE_DEFAULT);
    // a one-day season
    WorkCalendar oneDay = ChinaCalendars.builder().seasonalHours(MonthDay.of(6, 3), MonthDay.of(6, 3), SUMMER).build();
    assertThat(oneDay.day(LocalDate.of(2024, 6, 3)).hours()).isEqualTo(SUMMER);
    assertThat(oneDay.day(LocalDate.of(2024, 6, 4)).hours()).isEqualTo(WorkingHours.CHINA_OFFICE_DEFAULT);
    assertThat(oneDay.day(LocalDate.of(2024, 5, 31)).hours()).isEqualTo(WorkingHours.CHINA_OFFICE_DEFAULT);
  }

  @Test
  void theBuilderSetsHoursAndZoneAndRefusesWhatCannotBe() {
    WorkCalendar custom = ChinaCalendars.builder().workingHours(WINTER).zone(ZoneId.of("Asia/Urumqi")).build();
    assertThat(custom.day(LocalDate.of(2024, 6, 3)).hours()).isEqualTo(WINTER);
    assertThat(custom.zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
    assertThat(fast.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThatThrownBy(() -> ChinaCalendars.builder().workingHours(WorkingHours.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workingHours");
    assertThatThrownBy(() -> ChinaCalendars.builder().seasonalHours(MonthDay.of(5, 1), MonthDay.of(9, 30),
        WorkingHours.none())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seasonal");
    assertThatThrownBy(() -> ChinaCalendars.builder().extraDayOff(LocalDate.of(2027, 1, 4), "x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-01-04");
    assertThatThrownBy(() -> ChinaCalendars.builder().extraDayOff(LocalDate.of(2018, 12, 31), "x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2018-12-31");
    // the first and last covered days themselves are allowed
    ChinaCalendars.builder().extraDayOff(LocalDate.of(2019, 1, 2), "x").extraDayOff(LocalDate.of(2026, 12, 31), "y").build();
  }

  @Test
  void aCalendarNamesItsVersionAndRange() {
    assertThat(fast.version()).startsWith("sha256:").hasSize(7 + 16).isEqualTo(ChinaCalendars.official().version());
    assertThat(fastSeasons.version()).isNotEqualTo(fast.version());
    WorkCalendar otherZone = ChinaCalendars.builder().zone(ZoneId.of("Asia/Urumqi")).build();
    assertThat(otherZone.version()).isNotEqualTo(fast.version());
    assertThat(fast.toString()).contains("2019-01-01..2026-12-31").contains("working days").contains("Asia/Shanghai");
  }

  @Test
  void workingHoursCompareBySessions() {
    WorkingHours a = WorkingHours.parse("08:30-12:00,14:30-17:30");
    assertThat(a).isEqualTo(WorkingHours.CHINA_OFFICE_DEFAULT).hasSameHashCodeAs(WorkingHours.CHINA_OFFICE_DEFAULT);
    assertThat(a).isNotEqualTo(SUMMER).isNotEqualTo("08:30-12:00,14:30-17:30");
    assertThat(a.sessions().get(0).length()).isEqualTo(Duration.ofMinutes(210));
    // touching sessions merge; order does not matter
    assertThat(WorkingHours.of(new WorkingHours.Session(LocalTime.of(10, 0), LocalTime.of(12, 0)),
        new WorkingHours.Session(LocalTime.of(8, 0), LocalTime.of(10, 0))).sessions()).hasSize(1);
    assertThat(WorkingHours.of(List.of(new WorkingHours.Session(LocalTime.of(8, 0), LocalTime.of(9, 0)))).total())
        .isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> WorkingHours.of(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one session");
    assertThatThrownBy(() -> WorkingHours.parse("08:30-12:00,11:00-13:00")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> WorkingHours.parse("08:30")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'08:30'");
    assertThatThrownBy(() -> WorkingHours.parse("08:30-12:00-13:00")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingHours.parse("8h-12h")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HH:mm-HH:mm");
    assertThatThrownBy(() -> WorkingHours.parse(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void daysAndHolidayDataRefuseWhatCannotBe() {
    assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2024, 6, 3), DayKind.WORKDAY, "", WorkingHours.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-06-03");
    assertThatThrownBy(() -> new HolidayData.Entry(" ", true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> HolidayData.of(Year.of(2025), Year.of(2024), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastYear");
    assertThatThrownBy(() -> HolidayData.of(Year.of(2024), Year.of(2024),
        Map.of(LocalDate.of(2025, 1, 1), new HolidayData.Entry("元旦", true))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-01");
    // the December before the first year is allowed (a holiday reaching into the new year)
    HolidayData data = HolidayData.of(Year.of(2024), Year.of(2024),
        Map.of(LocalDate.of(2023, 12, 31), new HolidayData.Entry("元旦", true)));
    assertThat(data.toString()).isEqualTo("HolidayData[2024..2024, 1 days]");
    HolidayDataException onALine = new HolidayDataException("holidays.csv", 12, "bad date");
    assertThat(onALine).hasMessage("holiday data holidays.csv line 12: bad date");
    assertThat(onALine.source()).isEqualTo("holidays.csv");
    assertThat(new HolidayDataException("notice", 0, "gap")).hasMessage("holiday data notice: gap");
    assertThat(new HolidayDataException("notice", 1, "gap")).hasMessage("holiday data notice line 1: gap");
  }
}
