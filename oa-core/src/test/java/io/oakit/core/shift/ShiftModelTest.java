package io.oakit.core.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterGenerator;
import io.oakit.core.roster.RosterRule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an office adds to the benchmark's model, each rule by hand: timed shifts and the rest between them, who is
 * at work at an instant, hard cover, fixed assignments, rotation patterns, real weekends, and the 24-hour duty
 * plan as one configuration of the model.
 */
class ShiftModelTest {

  /** A 12345 hotline's week from Monday 2026-12-07: 白班 08:00–16:00, 中班 16:00–24:00, 夜班 20:00–08:00. */
  private static final ShiftProblem.ShiftType DAY = ShiftProblem.ShiftType.timed("白", LocalTime.of(8, 0), 480, Set.of());
  private static final ShiftProblem.ShiftType LATE = ShiftProblem.ShiftType.timed("中", LocalTime.of(16, 0), 480, Set.of());
  private static final ShiftProblem.ShiftType NIGHT = ShiftProblem.ShiftType.timed("夜", LocalTime.of(20, 0), 720, Set.of());
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  private static ShiftProblem.Staff anyone(String id) {
    return new ShiftProblem.Staff(id, Map.of(), 7 * 720, 0, 7, 1, 1, 2, Set.of());
  }

  private static ShiftProblem hotline(List<ShiftProblem.Cover> cover, List<ShiftProblem.Fixed> fixed) {
    return new ShiftProblem(7, List.of(DAY, LATE, NIGHT), List.of(anyone("A"), anyone("B")), List.of(), List.of(),
        cover, fixed, Optional.of(MONDAY), 11 * 60);
  }

  private static int[][] rows(ShiftProblem p, String... rows) {
    int[][] cells = new int[rows.length][];
    for (int s = 0; s < rows.length; s++) {
      cells[s] = new int[p.days()];
      for (int d = 0; d < p.days(); d++) {
        String c = rows[s].substring(d, d + 1);
        cells[s][d] = c.equals(".") ? ShiftSchedule.OFF : p.shiftIndex(c).orElseThrow();
      }
    }
    return cells;
  }

  @Test
  void timedShiftsEndWhenTheyEndAndAMinimumRestForbidsTheTightSuccessions() {
    assertThat(NIGHT.end()).contains(LocalTime.of(8, 0));
    assertThat(NIGHT.crossesMidnight()).isTrue();
    assertThat(LATE.crossesMidnight()).isFalse();
    ShiftProblem p = hotline(List.of(), List.of());
    // 夜 ends 08:00 and 白 starts 08:00 (0 h rest); 中 ends 24:00 and 白 starts 08:00 (8 h); 夜 → 夜 leaves 12 h
    ShiftSchedule s = new ShiftSchedule(p, rows(p, "夜白中白夜夜.", "......."));
    assertThat(s.violations()).containsExactly("A works 白 on day 1 right after 夜 on day 0",
        "A works 白 on day 3 right after 中 on day 2");
    // without the rest rule the same row is fine
    ShiftProblem loose = new ShiftProblem(7, p.shifts(), p.staff(), List.of(), List.of(), List.of(), List.of(),
        p.firstDay(), 0);
    assertThat(new ShiftSchedule(loose, rows(loose, "夜白中白夜夜.", ".......")).violations()).isEmpty();
  }

  @Test
  void atThreeInTheMorningTheNightShiftOfTheDayBeforeIsAtWorkAndNobodyElse() {
    ShiftProblem p = hotline(List.of(), List.of());
    ShiftSchedule s = new ShiftSchedule(p, rows(p, "夜......", "白中....."));
    assertThat(s.onDutyAt(LocalDateTime.of(2026, 12, 8, 3, 0))).containsExactly(Map.entry("A", "夜"));
    assertThat(s.onDutyAt(LocalDateTime.of(2026, 12, 7, 21, 0))).containsExactly(Map.entry("A", "夜"));
    assertThat(s.onDutyAt(LocalDateTime.of(2026, 12, 7, 9, 0))).containsExactly(Map.entry("B", "白"));
    assertThat(s.onDutyAt(LocalDateTime.of(2026, 12, 8, 8, 0))).isEmpty();  // the night ended, 中 begins at 16:00
    assertThat(s.onDutyAt(LocalDateTime.of(2026, 12, 8, 23, 59))).containsExactly(Map.entry("B", "中"));
    ShiftProblem undated = new ShiftProblem(7, p.shifts(), p.staff(), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> new ShiftSchedule(undated, rows(undated, ".......", ".......")).onDutyAt(
        LocalDateTime.of(2026, 12, 8, 3, 0))).isInstanceOf(IllegalStateException.class).hasMessageContaining("firstDay");
  }

  @Test
  void hardCoverMustBeMetExactlyAndCostsNothingInTheObjective() {
    ShiftProblem p = hotline(List.of(ShiftProblem.Cover.exactly(0, "夜", 1), ShiftProblem.Cover.exactly(1, "白", 2),
        new ShiftProblem.Cover(2, "中", 1, 7, 1)), List.of());
    ShiftSchedule s = new ShiftSchedule(p, rows(p, "...白...", "夜......"));
    assertThat(s.violations()).containsExactly("day 1 shift 白 has 0 on it, exactly 2 needed");
    assertThat(s.isValid()).isFalse();
    assertThat(s.objective()).isEqualTo(7);  // only the soft cover of day 2: one short, weight 7
    ShiftSchedule met = new ShiftSchedule(p, rows(p, ".白中....", "夜......"));
    assertThat(met.violations()).containsExactly("day 1 shift 白 has 1 on it, exactly 2 needed");
    ShiftSchedule both = new ShiftSchedule(p, rows(p, "夜白中....", "夜白....."));
    assertThat(both.violations()).containsExactly("A works 白 on day 1 right after 夜 on day 0",
        "B works 白 on day 1 right after 夜 on day 0", "day 0 shift 夜 has 2 on it, exactly 1 needed");
  }

  @Test
  void fixedAssignmentsHoldAndTheOptimiserKeepsThem() {
    ShiftProblem p = hotline(List.of(ShiftProblem.Cover.exactly(2, "白", 1)),
        List.of(new ShiftProblem.Fixed("A", 2, Optional.empty()), new ShiftProblem.Fixed("B", 4, Optional.of("夜"))));
    ShiftSchedule s = new ShiftSchedule(p, rows(p, "..白....", "......."));
    assertThat(s.violations()).containsExactly("A works 白 on day 2, fixed to a day off", "B is off on day 4, fixed to 夜");
    ShiftOptimizer.Result r = ShiftOptimizer.solve(p, 1, 50_000);
    assertThat(r.valid()).isTrue();
    assertThat(r.schedule().shiftOf("A", 2)).isEmpty();
    assertThat(r.schedule().shiftOf("B", 4)).contains("夜");
    assertThat(r.schedule().shiftOf("B", 2)).contains("白");
  }

  @Test
  void aRotationIsFixedAtWeightZeroAndWishedForAboveIt() {
    ShiftProblem.Rotation fourOn = new ShiftProblem.Rotation("A", List.of("白", "白", "夜", "夜", "-", "-"), 1, 0);
    assertThat(fourOn.on(0)).isEqualTo("白");
    assertThat(fourOn.on(5)).isEqualTo("白");  // (5 + 1) % 6 = 0
    ShiftProblem fixedRota = hotline(List.of(), List.of()).withRotation(fourOn);
    assertThat(fixedRota.fixed()).hasSize(7);
    ShiftSchedule keeps = new ShiftSchedule(fixedRota, rows(fixedRota, "白夜夜..白白", "......."));
    assertThat(keeps.violations()).isEmpty();
    ShiftProblem wished = hotline(List.of(), List.of()).withRotation(new ShiftProblem.Rotation("A",
        List.of("白", "白", "夜", "夜", "-", "-"), 1, 5));
    assertThat(wished.fixed()).isEmpty();
    // the rota wished for is 白 夜 夜 休 休 白 白: a 夜 not worked on day 2 costs 5, and 白 worked on day 4, a day
    // off of the rota, costs 5 (a shift-off request for each shift that day)
    ShiftSchedule departs = new ShiftSchedule(wished, rows(wished, "白夜..白白白", "......."));
    assertThat(departs.objective()).isEqualTo(5 + 5);
    assertThat(new ShiftSchedule(wished, rows(wished, "白夜夜..白白", ".......")).objective()).isZero();
  }

  @Test
  void eachCellSaysWhyAgainstEveryAlternative() {
    ShiftProblem p = new ShiftProblem(7, List.of(DAY, LATE, NIGHT), List.of(anyone("A"), anyone("B")),
        List.of(new ShiftProblem.Request("B", 2, "中", 3)), List.of(),
        List.of(new ShiftProblem.Cover(1, "白", 1, 100, 1), new ShiftProblem.Cover(1, "中", 0, 0, 1),
            ShiftProblem.Cover.exactly(2, "中", 1)), List.of(),
        Optional.of(MONDAY), 11 * 60);
    ShiftSchedule s = new ShiftSchedule(p, rows(p, ".白白....", "夜.中...."));
    // 中 ends at 24:00 and 夜 at 08:00: either leaves less than 11 hours before 白 on day 2
    assertThat(s.why("A", 1)).containsExactly("A works 白 on day 1",
        "instead a day off: 100 more (白 would have 0 for 1 needed +100)",
        "instead 中: breaks A works 白 on day 2 right after 中 on day 1",
        "instead 夜: breaks A works 白 on day 2 right after 夜 on day 1");
    ShiftSchedule alone = new ShiftSchedule(p, rows(p, ".白.....", "夜.中...."));
    assertThat(alone.why("A", 1)).containsExactly("A works 白 on day 1",
        "instead a day off: 100 more (白 would have 0 for 1 needed +100)",
        "instead 中: 101 more (白 would have 0 for 1 needed +100, 中 would have 1 for 0 needed +1)",
        "instead 夜: 100 more (白 would have 0 for 1 needed +100)");
    assertThat(alone.why("B", 2)).contains("instead a day off: breaks the hard cover of day 2 (中 would have 0)");
    assertThat(s.why("B", 2)).containsExactly("B works 中 on day 2",
        "instead a day off: breaks the hard cover of day 2 (中 would have 0)",
        "instead 白: breaks the hard cover of day 2 (中 would have 0)",
        "instead 夜: breaks the hard cover of day 2 (中 would have 0)");
    assertThatThrownBy(() -> s.why("B", 7)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day 7");
    assertThatThrownBy(() -> s.why("Z", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z");
    assertThat(s.why("B", 1)).containsExactly("B is off on day 1",
        "instead 白: breaks B works 白 on day 1 right after 夜 on day 0",
        "instead 中: breaks B works 中 on day 1 right after 夜 on day 0",
        "instead 夜: breaks B works 中 on day 2 right after 夜 on day 1");
  }

  @Test
  void theICalendarExportGivesEachShiftItsOwnHoursANightEndingTheNextMorning() throws Exception {
    ShiftProblem p = hotline(List.of(), List.of());
    ShiftSchedule s = new ShiftSchedule(p, rows(p, "夜......", "白中....."));
    String ics = s.iCalendar(Optional.empty(), Map.of("A", "张三"), java.time.Instant.parse("2026-12-01T00:00:00Z"));
    net.fortuna.ical4j.model.Calendar cal = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
    List<net.fortuna.ical4j.model.component.VEvent> events = cal.getComponents("VEVENT");
    assertThat(events).hasSize(3);
    assertThat(events).extracting(e -> e.getSummary().get().getValue() + " " + e.getDateTimeStart().get().getValue()
        + "–" + e.getDateTimeEnd().get().getValue()).containsExactly(
        "夜 张三 20261207T200000–20261208T080000",
        "白 B 20261207T080000–20261207T160000",
        "中 B 20261208T160000–20261209T000000");
    assertThat(s.iCalendar(Optional.of("A"), Map.of(), java.time.Instant.EPOCH)).contains("SUMMARY:夜 A")
        .doesNotContain("SUMMARY:白");
  }

  @Test
  void fairSharesAreWeighedAsTheHostSays() {
    ShiftProblem p = hotline(List.of(), List.of()).withTargets(List.of(
        new ShiftProblem.Target("A", Optional.of("夜"), 2, 5), new ShiftProblem.Target("B", Optional.empty(), 3, 1)));
    ShiftSchedule s = new ShiftSchedule(p, rows(p, "夜夜夜夜...", "白......"));
    // A works four nights for a share of two: 2 × 5; B works one shift for a share of three: 2 × 1
    assertThat(s.objective()).isEqualTo(12);
    assertThat(s.explain()).contains("10  share not kept: A works 4 夜 shifts, target 2",
        "2  share not kept: B works 1 shifts, target 3", "objective 12");
    assertThatThrownBy(() -> hotline(List.of(), List.of()).withTargets(List.of(
        new ShiftProblem.Target("Z", Optional.empty(), 3, 1)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown staff Z");
  }

  @Test
  void weekendsAreTheRealOnesWhenDated() {
    // from Sunday 2026-12-06: day 0 is a Sunday (a weekend of its own), days 6 and 7 the next Saturday and Sunday
    ShiftProblem.Staff one = new ShiftProblem.Staff("A", Map.of(), 9 * 720, 0, 9, 1, 1, 1, Set.of());
    ShiftProblem p = new ShiftProblem(9, List.of(DAY), List.of(one), List.of(), List.of(), List.of(), List.of(),
        Optional.of(LocalDate.of(2026, 12, 6)), 0);
    assertThat(p.weekendOf(0)).isNotEqualTo(p.weekendOf(6)).isNotNegative();
    assertThat(p.weekendOf(6)).isEqualTo(p.weekendOf(7));
    assertThat(p.weekendOf(1)).isEqualTo(-1);
    assertThat(new ShiftSchedule(p, rows(p, "白.....白白.")).violations()).containsExactly("A works 2 weekends, at most 1");
    assertThat(new ShiftSchedule(p, rows(p, ".白白白白白白白.")).violations()).isEmpty();
  }

  @Test
  void theTwentyFourHourDutyPlanIsOneConfigurationOfTheModel() {
    LocalDate start = LocalDate.of(2026, 9, 28);
    DutyPlan plan = DutyPlan.builder(ChinaCalendars.official(), start, start.plusDays(14))
        .slots(DayCategory.WORKING_DAY, "带班领导", "值班员").build();
    List<DutyPerson> people = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      people.add(DutyPerson.of("l" + i, "领导" + i, "d" + i, "带班领导"));
    }
    for (int i = 0; i < 6; i++) {
      DutyPerson o = DutyPerson.of("o" + i, "值班员" + i, "d" + (i % 2), "值班员");
      people.add(i == 0 ? o.withUnavailable(new DutyPerson.DateSpan(start.plusDays(3), start.plusDays(5))) : o);
    }
    List<RosterRule> rules = List.of(RosterRule.notUnavailable(true), RosterRule.minimumRest(3, true),
        RosterRule.maxPerMonth(8, true));
    Roster roster = RosterGenerator.generate(plan, people, rules, 7);
    ShiftProblems.Conversion c = ShiftProblems.ofDutyPlan(plan, people, rules);
    assertThat(c.notCarried()).containsExactly(RosterRule.maxPerMonth(8, true).name());
    ShiftSchedule s = ShiftProblems.schedule(roster, c);
    assertThat(s.violations()).isEmpty();
    assertThat(s.objective()).isZero();
    // the general model finds the same rules broken: o1 two days running, l0 as an officer
    int[][] cells = s.cells();
    int officer = c.problem().shiftIndex("值班员").orElseThrow();
    int o1 = c.problem().staffIndex("o1").orElseThrow();
    int l0 = c.problem().staffIndex("l0").orElseThrow();
    java.util.Arrays.fill(cells[o1], ShiftSchedule.OFF);
    cells[o1][0] = officer;
    cells[o1][1] = officer;
    cells[l0][13] = officer;
    assertThat(new ShiftSchedule(c.problem(), cells).violations())
        .anyMatch(v -> v.startsWith("o1 works 2 days in a row from day 0, at most 1"))
        .anyMatch(v -> v.startsWith("l0 works 1 值班员 shifts, at most 0"));
    // a duty from the 08:30 handover: at 03:00 only the previous day's people are on duty
    Map<String, String> night = s.onDutyAt(LocalDateTime.of(2026, 9, 30, 3, 0));
    assertThat(night.keySet()).containsExactlyInAnyOrderElementsOf(roster.onDutyAt(LocalDateTime.of(2026, 9, 30, 3, 0))
        .values());
    assertThat(night).hasSize(2);
  }
}
