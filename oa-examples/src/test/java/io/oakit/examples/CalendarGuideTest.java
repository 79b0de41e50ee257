package io.oakit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.CalendarCoverageException;
import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.DayKind;
import io.oakit.core.calendar.HolidayData;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.deadline.DeadlineClock;
import io.oakit.core.deadline.DeadlineRule;
import io.oakit.core.deadline.DeadlineStatus;
import io.oakit.core.deadline.StatutoryDeadlines;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of README.md and docs/calendar-and-deadlines.md, run as tests. */
class CalendarGuideTest {

  private final WorkCalendar cal = ChinaCalendars.official();

  @Test
  void readmeTenLines() {
    LocalDate due = cal.plusWorkingDays(LocalDate.of(2026, 9, 30), 3);
    assertThat(due).isEqualTo(LocalDate.of(2026, 10, 10));
    DeadlineClock clock = StatutoryDeadlines.informationDisclosureReply()
        .start(cal, LocalDateTime.of(2026, 9, 15, 9, 0))
        .suspend(LocalDateTime.of(2026, 9, 21, 9, 0), "征求第三方意见")
        .resume(LocalDateTime.of(2026, 9, 25, 17, 30));
    assertThat(clock.due()).isEqualTo(LocalDateTime.of(2026, 10, 23, 17, 0));
    assertThat(clock.status(LocalDateTime.of(2026, 10, 20, 10, 0))).isEqualTo(DeadlineStatus.APPROACHING);
    assertThat(clock.explain()).isNotEmpty();
  }

  @Test
  void concepts() {
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(cal.day(LocalDate.of(2026, 10, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(cal.day(LocalDate.of(2026, 10, 1)).name()).isEqualTo("国庆节");
    assertThat(cal.closeOfBusiness(LocalDate.of(2026, 10, 9))).isEqualTo(LocalDateTime.of(2026, 10, 9, 17, 30));
  }

  @Test
  void countingRules() {
    assertThat(cal.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(cal.plusWorkingDays(LocalDate.of(2026, 10, 8), -1)).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(cal.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31))).isEqualTo(18);
    assertThat(cal.plusWorkingTime(LocalDateTime.of(2026, 9, 30, 16, 0), Duration.ofHours(4)))
        .isEqualTo(LocalDateTime.of(2026, 10, 8, 11, 0));
  }

  @Test
  void deadlineRules() {
    assertThat(DeadlineRule.workingDays(7).dueInstant(cal, LocalDateTime.of(2026, 9, 25, 10, 0)))
        .isEqualTo(LocalDateTime.of(2026, 10, 12, 17, 30));
    assertThat(DeadlineRule.calendarDays(60).dueInstant(cal, LocalDateTime.of(2026, 8, 2, 9, 0)))
        .isEqualTo(LocalDateTime.of(2026, 10, 8, 17, 30));
    assertThat(DeadlineRule.calendarDays(30).dueDate(cal, LocalDate.of(2026, 9, 10))).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(DeadlineRule.parse("4 working hours")).isEqualTo(DeadlineRule.workingHours(4));
    assertThat(DeadlineRule.workingDays(7).explain(cal, LocalDateTime.of(2026, 9, 25, 10, 0)))
        .contains("2026-10-10: working day 6 (ADJUSTED_WORKDAY 国庆节)");
  }

  @Test
  void deadlineClocks() {
    DeadlineClock clock = StatutoryDeadlines.informationDisclosureReply()
        .start(cal, LocalDateTime.of(2026, 9, 15, 9, 0));
    assertThat(clock.due()).isEqualTo(LocalDateTime.of(2026, 10, 19, 17, 30));
    clock = clock.suspend(LocalDateTime.of(2026, 9, 21, 9, 0), "征求第三方意见")
        .resume(LocalDateTime.of(2026, 9, 25, 17, 30));
    assertThat(clock.explain()).contains(
        "suspended 2026-09-21T09:00 to 2026-09-25T17:30 (征求第三方意见): 25h30m of working time not counted");
    assertThat(clock.due()).isEqualTo(LocalDateTime.of(2026, 10, 23, 17, 0));
    assertThat(clock.status(LocalDateTime.of(2026, 10, 20, 10, 0))).isEqualTo(DeadlineStatus.APPROACHING);
    assertThat(clock.extend(LocalDateTime.of(2026, 10, 20, 10, 0), DeadlineRule.workingDays(20), "局长", "涉及多个部门")
        .due()).isEqualTo(LocalDateTime.of(2026, 11, 20, 17, 0));
  }

  @Test
  void loadingNextYearsData(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("cn-holidays-2027.csv");
    Files.writeString(csv, "date,name,off_day\n2027-01-01,元旦,true\n2027-02-06,春节,true\n2027-02-20,春节,false\n");
    WorkCalendar cal2027 = ChinaCalendars.builder()
        .holidays(HolidayData.parseCsv(csv, Year.of(2027), Year.of(2027)))
        .build();
    assertThat(cal2027.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void coverageErrors() {
    assertThatThrownBy(() -> StatutoryDeadlines.petitionHandling().start(cal, LocalDateTime.of(2026, 12, 1, 9, 0)))
        .isInstanceOf(CalendarCoverageException.class)
        .hasMessage("day 2027-01-30 is outside the calendar's covered range 2019-01-01..2026-12-31;"
            + " load that year's holiday data (WorkCalendarBuilder.holidays)");
  }

  @Test
  void theDemoRuns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("due 2026-10-12T17:30 (close of business)", "due 2026-09-30T20:00",
        "in working hours it would be due 2026-10-08T11:00",
        "due 2026-11-20T17:00", "refused: day 2027-01-30", "due 2027-02-01T17:30, provisional",
        "2027 not yet published: assumed",
        "step 1 (SEQUENCE, rule expenses): 钱副局长 — leader in charge of 财务",
        "rule 5: expected completion 2026-06-11T09:00; protocol order would finish 2026-06-11T10:00",
        "#1 财政局 2026-06", "swap of the 除夕 and 初一 drivers: ");
  }
}
