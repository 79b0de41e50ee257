package io.oakit.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Due dates over real 2025/2026 holidays, checkable by hand against the notices. */
class DeadlineRuleTest {

  private final WorkCalendar cal = ChinaCalendars.official();

  @ParameterizedTest(name = "{1} from {0} is due {2}")
  @CsvSource({
      "2026-09-25T10:00, 7 working days,   2026-10-12T17:30",  // over Mid-Autumn, National Day, worked Sat Oct 10
      "2026-09-15T09:00, 20 working days,  2026-10-19T17:30",  // the disclosure reply of the demo
      "2026-10-01T09:00, 0 working days,   2026-10-08T17:30",  // zero days from a holiday: next working day
      "2026-10-09T09:00, 0 working days,   2026-10-09T17:30",
      "2026-08-02T09:00, 60 calendar days, 2026-10-08T17:30",  // day 60 is Oct 1, a holiday: next working day
      "2026-09-30T09:00, 1 calendar day,   2026-10-08T17:30",
      "2026-09-10T09:00, 30 calendar days, 2026-10-10T17:30",  // day 30 is the worked Saturday Oct 10
      "2025-09-03T09:00, 30 calendar days, 2025-10-09T17:30",  // day 30 is Oct 3, 2025 holiday to Oct 8
      "2026-09-30T16:00, 4 working hours,  2026-10-08T11:00",  // 1h30 before the holiday, 2h30 after
      "2026-10-08T08:30, 210 working minutes, 2026-10-08T12:00",  // a full morning ends at noon
      "2026-02-13T17:00, 1 working hour,   2026-02-14T09:00",  // over to the worked Saturday before 春节
  })
  void dueInstantsOverRealHolidays(LocalDateTime start, String rule, LocalDateTime due) {
    DeadlineRule r = DeadlineRule.parse(rule);
    assertThat(r.dueInstant(cal, start)).isEqualTo(due);
    assertThat(r.explain(cal, start)).last().isEqualTo("due " + due + (r.unit().isWorkingTime() ? "" : " (close of business)"));
  }

  @Test
  void dueDateOfDayRules() {
    assertThat(DeadlineRule.workingDays(3).dueDate(cal, LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(DeadlineRule.calendarDays(60).dueDate(cal, LocalDate.of(2026, 8, 2))).isEqualTo(LocalDate.of(2026, 10, 8));
    // working-time rules from a date count from its start (00:00)
    assertThat(DeadlineRule.workingHours(7).dueDate(cal, LocalDate.of(2026, 10, 9))).isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void explainsSkippedHolidaysAndWorkedWeekends() {
    assertThat(DeadlineRule.workingDays(7).explain(cal, LocalDateTime.of(2026, 9, 25, 10, 0))).containsExactly(
        "rule 7 working days from 2026-09-25T10:00",
        "2026-09-25 (2026-09-25 FRIDAY HOLIDAY 中秋节): start day, not counted",
        "2026-09-26..2026-09-27: not counted, HOLIDAY 中秋节 (2 days)",
        "2026-09-28..2026-09-30: working days 1–3",
        "2026-10-01..2026-10-07: not counted, HOLIDAY 国庆节 (7 days)",
        "2026-10-08..2026-10-09: working days 4–5",
        "2026-10-10: working day 6 (ADJUSTED_WORKDAY 国庆节)",
        "2026-10-11: not counted, WEEKEND (1 day)",
        "2026-10-12: working day 7",
        "due 2026-10-12T17:30 (close of business)");
    assertThat(DeadlineRule.calendarDays(60).explain(cal, LocalDateTime.of(2026, 8, 2, 9, 0)))
        .contains("day 60 is 2026-10-01, not a working day (HOLIDAY): the period ends on the next working day, 2026-10-08");
    assertThat(DeadlineRule.workingHours(4).explain(cal, LocalDateTime.of(2026, 9, 30, 16, 0))).containsExactly(
        "rule 4 working hours from 2026-09-30T16:00",
        "2026-09-30: 1h30m counted (1h30m of 4h)",
        "2026-10-01..2026-10-07: not counted, HOLIDAY 国庆节",
        "2026-10-08: 2h30m counted (4h of 4h)",
        "due 2026-10-08T11:00");
  }

  @Test
  void textFormRoundTrips() {
    for (DeadlineRule r : new DeadlineRule[] {DeadlineRule.workingDays(20), DeadlineRule.calendarDays(1),
        DeadlineRule.workingHours(4), DeadlineRule.workingMinutes(90), DeadlineRule.workingDays(0)}) {
      assertThat(DeadlineRule.parse(r.toString())).isEqualTo(r);
    }
    assertThat(DeadlineRule.calendarDays(1)).hasToString("1 calendar day");
    assertThat(DeadlineRule.parse(" 20 Working Days ")).isEqualTo(DeadlineRule.workingDays(20));
  }

  @Test
  void refusesBadRules() {
    assertThatThrownBy(() -> DeadlineRule.workingDays(-1)).hasMessageContaining("amount must be >= 0 but was -1");
    assertThatThrownBy(() -> DeadlineRule.parse("20 days")).hasMessageContaining("'20 days'");
    assertThatThrownBy(() -> DeadlineRule.workingDays(2).workingTime()).isInstanceOf(IllegalStateException.class);
  }
}
