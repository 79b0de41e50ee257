package io.oakit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkCalendarBuilderTest {

  private static final String CSV_2027 = """
      date,name,off_day
      2027-01-01,元旦,true
      2027-02-06,春节,true
      2027-02-07,春节,true
      2027-02-08,春节,true
      2027-02-20,春节,false
      """;

  @Test
  void aHostLoadsNextYearsNoticeWithoutANewRelease(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cn-holidays-2027.csv");
    Files.writeString(file, CSV_2027);
    WorkCalendar cal = ChinaCalendars.builder()
        .holidays(HolidayData.parseCsv(file, Year.of(2027), Year.of(2027)))
        .build();
    assertThat(cal.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    // 2027-01-01 is a Friday holiday, then a weekend
    assertThat(cal.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(cal.day(LocalDate.of(2027, 2, 20)).kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
    // the shared official calendar is unchanged
    assertThat(ChinaCalendars.official().lastCoveredDay()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void coveredYearsMustBeContiguous() {
    HolidayData only2028 = HolidayData.of(Year.of(2028), Year.of(2028), Map.of());
    assertThatThrownBy(() -> ChinaCalendars.builder().holidays(only2028).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2027 is missing");
  }

  @Test
  void aCalendarNeedsHolidayData() {
    assertThatThrownBy(() -> WorkCalendarBuilder.empty().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no holiday data");
  }

  @Test
  void laterDataOverridesEarlierRowsOfTheSameDate() {
    // a corrected notice turns a planned working Saturday into a day off (as in February 2020)
    HolidayData correction = HolidayData.of(Year.of(2026), Year.of(2026),
        Map.of(LocalDate.of(2026, 10, 10), new HolidayData.Entry("国庆节", true)));
    WorkCalendar cal = ChinaCalendars.builder().holidays(correction).build();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
  }

  @Test
  void seasonalHoursAndLocalDays() {
    WorkCalendar cal = ChinaCalendars.builder()
        .seasonalHours(MonthDay.of(5, 1), MonthDay.of(9, 30), WorkingHours.parse("08:30-12:00,15:00-18:00"))
        .extraDayOff(LocalDate.of(2026, 7, 1), "县庆")
        .extraWorkingDay(LocalDate.of(2026, 7, 4), "防汛值守")
        .build();
    assertThat(cal.closeOfBusiness(LocalDate.of(2026, 7, 2))).isEqualTo(LocalDateTime.of(2026, 7, 2, 18, 0));
    assertThat(cal.closeOfBusiness(LocalDate.of(2026, 10, 8))).isEqualTo(LocalDateTime.of(2026, 10, 8, 17, 30));
    assertThat(cal.day(LocalDate.of(2026, 7, 1)).kind()).isEqualTo(DayKind.LOCAL_DAY_OFF);
    assertThat(cal.day(LocalDate.of(2026, 7, 1)).name()).isEqualTo("县庆");
    assertThat(cal.day(LocalDate.of(2026, 7, 4)).kind()).isEqualTo(DayKind.LOCAL_WORKDAY);
    assertThat(cal.plusWorkingDays(LocalDate.of(2026, 6, 30), 1)).isEqualTo(LocalDate.of(2026, 7, 2));
  }

  @Test
  void aSeasonMayWrapTheNewYear() {
    WorkCalendar cal = ChinaCalendars.builder()
        .seasonalHours(MonthDay.of(11, 15), MonthDay.of(3, 14), WorkingHours.parse("09:00-12:00,14:00-17:00"))
        .build();
    assertThat(cal.day(LocalDate.of(2026, 1, 5)).hours().opening()).isEqualTo(LocalTime.of(9, 0));
    assertThat(cal.day(LocalDate.of(2026, 12, 1)).hours().opening()).isEqualTo(LocalTime.of(9, 0));
    assertThat(cal.day(LocalDate.of(2026, 6, 1)).hours().opening()).isEqualTo(LocalTime.of(8, 30));
  }

  @Test
  void localDaysMustBeCovered() {
    assertThatThrownBy(() -> ChinaCalendars.builder().extraDayOff(LocalDate.of(2030, 1, 2), "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2030-01-02");
    assertThatThrownBy(() -> ChinaCalendars.builder().extraDayOff(LocalDate.of(2026, 1, 5), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void malformedCsvIsRefusedWithTheLine() {
    assertCsvRefused("date,name,off\n", 1, "expected header");
    assertCsvRefused("date,name,off_day\n2027-13-01,元旦,true\n", 2, "bad date '2027-13-01'");
    assertCsvRefused("date,name,off_day\n2027-01-01,元旦,true\n2027-01-01,元旦,true\n", 3, "listed twice");
    assertCsvRefused("date,name,off_day\n2027-01-01,元旦,yes\n", 2, "off_day must be 'true' or 'false'");
    assertCsvRefused("date,name,off_day\n2027-01-01,元旦\n", 2, "expected 3 fields");
    assertCsvRefused("date,name,off_day\n2027-01-01,,true\n", 2, "empty holiday name");
    assertCsvRefused("date,name,off_day\n2029-01-01,元旦,true\n", 2, "outside the covered years");
  }

  @Test
  void csvAcceptsTheDecemberBeforeABomAndBlankLines() {
    HolidayData data = HolidayData.parseCsv(
        new StringReader("\uFEFFdate,name,off_day\n2026-12-31,元旦,true\n\n2027-01-01,元旦,true\n"),
        "test", Year.of(2027), Year.of(2027));
    assertThat(data.entries()).hasSize(2);
    assertThat(data.firstYear()).isEqualTo(Year.of(2027));
  }

  @Test
  void theBundledDataHasEveryRow() {
    assertThat(ChinaCalendars.officialHolidays().entries()).hasSize(286);
  }

  private static void assertCsvRefused(String csv, int line, String problem) {
    assertThatThrownBy(() -> HolidayData.parseCsv(new StringReader(csv), "test.csv", Year.of(2027), Year.of(2027)))
        .isInstanceOfSatisfying(HolidayDataException.class, e -> assertThat(e.line()).isEqualTo(line))
        .hasMessageContaining("test.csv")
        .hasMessageContaining(problem);
  }
}
