package io.oakit.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.config.Configuration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A daytime rota: a daily inspection team (one middle manager, one staff member, one driver) on working days
 * only, 08:30–17:30 — its duties are on duty only in their own hours, in onDutyAt and in the exports.
 */
class DaytimeRotaTest {

  /** Two weeks of 2026-09 from a Monday, with 中秋 on Friday 09-25 (a day off). */
  private static DutyPlan plan() {
    return DutyPlan.builder(ChinaCalendars.official(), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 1))
        .slots(DayCategory.WORKING_DAY, "中层干部", "工作人员", "驾驶员").workingDaysOnly()
        .daytime(LocalTime.of(8, 30), LocalTime.of(17, 30)).build();
  }

  private static List<DutyPerson> people() {
    List<DutyPerson> out = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      out.add(DutyPerson.of("m" + i, "中层" + i, "d" + i, "中层干部"));
      out.add(DutyPerson.of("s" + i, "干部" + i, "d" + i, "工作人员"));
      out.add(DutyPerson.of("v" + i, "司机" + i, "motor", "驾驶员"));
    }
    return out;
  }

  @Test
  void dutiesOnWorkingDaysOnlyInTheirOwnHours() {
    DutyPlan plan = plan();
    assertThat(plan.isDaytime()).isTrue();
    // no duty on 中秋 (Friday 09-25) nor at the weekend
    assertThat(plan.slots()).allSatisfy(s -> assertThat(s.category()).isEqualTo(DayCategory.WORKING_DAY));
    assertThat(plan.slots().stream().map(Slot::date).distinct())
        .doesNotContain(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26));
    Roster roster = RosterGenerator.generate(plan, people(), List.of(RosterRule.minimumRest(1, true)), 7);
    assertThat(roster.onDutyAt(LocalDateTime.of(2026, 9, 22, 10, 0))).hasSize(3)
        .allSatisfy((slot, p) -> assertThat(slot.date()).isEqualTo(LocalDate.of(2026, 9, 22)));
    // at 03:00 and at 18:00 nobody: a daytime duty is not a 24-hour one
    assertThat(roster.onDutyAt(LocalDateTime.of(2026, 9, 23, 3, 0))).isEmpty();
    assertThat(roster.onDutyAt(LocalDateTime.of(2026, 9, 22, 17, 30))).isEmpty();
    assertThat(roster.onDutyAt(LocalDateTime.of(2026, 9, 22, 8, 30))).hasSize(3);
    Slot first = plan.slots().get(0);
    assertThat(plan.dutyStart(first)).isEqualTo(LocalDateTime.of(2026, 9, 21, 8, 30));
    assertThat(plan.dutyEnd(first)).isEqualTo(LocalDateTime.of(2026, 9, 21, 17, 30));
    String ics = RosterExport.iCalendar(roster, Optional.empty(), Map.of(), Instant.parse("2026-09-01T00:00:00Z"));
    assertThat(ics).contains("DTSTART;TZID=Asia/Shanghai:20260921T083000", "DTEND;TZID=Asia/Shanghai:20260921T173000")
        .doesNotContain("DTEND;TZID=Asia/Shanghai:20260922T083000");
    assertThat(RosterExport.csv(roster, Map.of())).contains(",2026-09-21T08:30,2026-09-21T17:30\r\n");
    // a 24-hour plan is as before
    DutyPlan day24 = DutyPlan.builder(ChinaCalendars.official(), LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 1))
        .slots(DayCategory.WORKING_DAY, "值班员").build();
    assertThat(day24.dutyEnd(day24.slots().get(0))).isEqualTo(LocalDateTime.of(2026, 9, 22, 8, 30));
    assertThat(day24.slots().stream().map(Slot::date).distinct()).hasSize(10);
  }

  @Test
  void theDaytimeRotaReadsBackFromItsDocumentAndAReversedDayIsRefused() {
    DutyPlan plan = plan();
    String json = Configuration.write(plan, List.of());
    assertThat(json).contains("\"dayEnd\" : \"17:30\"", "\"workingDaysOnly\" : true");
    DutyPlan read = Configuration.readDutyPlan(json, ChinaCalendars.official(), Map.of()).plan();
    assertThat(read.slots()).isEqualTo(plan.slots());
    assertThat(read.dayEnd()).contains(LocalTime.of(17, 30));
    assertThat(Configuration.write(read, List.of())).isEqualTo(json);
    assertThatThrownBy(() -> DutyPlan.builder(ChinaCalendars.official(), LocalDate.of(2026, 9, 21),
        LocalDate.of(2026, 10, 1)).daytime(LocalTime.of(17, 30), LocalTime.of(8, 30)))
        .hasMessageContaining("must end after it starts");
    assertThatThrownBy(() -> Configuration.readDutyPlan(json.replace("\"17:30\"", "\"07:00\""),
        ChinaCalendars.official(), Map.of())).hasMessageContaining("/dayEnd");
  }
}
