package io.oakit.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What a roster must be, checked by hand: exactly even where even is possible, the rest rule
 * shaping a fixed rotation, weights and history counted in the fairness figures, and the same roster
 * for the same seed. Plus every check the plan, people, rules and slots make on what they are given.
 */
class RosterQualityTest {

  private static final WorkCalendar CAL = ChinaCalendars.official();
  private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

  /** Four weeks of June 2026 (with the Dragon Boat Festival), one duty a day whatever the day, weights all 1. */
  private static DutyPlan fourWeeks() {
    return DutyPlan.builder(CAL, JUNE_1, JUNE_1.plusDays(28))
        .slots(DayCategory.WORKING_DAY, "值班员").slots(DayCategory.WEEKEND, "值班员").slots(DayCategory.HOLIDAY, "值班员")
        .weight(DayCategory.WEEKEND, 1.0).weight(DayCategory.HOLIDAY, 1.0).weight(DayCategory.PEAK, 1.0).build();
  }

  private static List<DutyPerson> people(int n) {
    List<DutyPerson> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(DutyPerson.of("p" + i, "人员" + i, "d" + (i % 3), "值班员"));
    }
    return out;
  }

  @Test
  void sevenPeopleShareTwentyEightEqualDutiesExactlyFourEach() {
    for (long s = 1; s <= 5; s++) {
      long seed = s;
      Roster r = RosterGenerator.generate(fourWeeks(), people(7), List.of(), seed);
      Fairness f = r.fairness(people(7));
      assertThat(f.people()).allSatisfy(p -> assertThat(p.load()).as("seed %s, %s", seed, p.personId()).isEqualTo(4.0));
      Fairness.Pool pool = f.pools().get(0);
      assertThat(pool.role()).isEqualTo("值班员");
      assertThat(pool.size()).isEqualTo(7);
      assertThat(pool.max()).isEqualTo(4.0);
      assertThat(pool.min()).isEqualTo(4.0);
      assertThat(pool.spread()).isZero();
      assertThat(pool.standardDeviation()).isZero();
    }
  }

  @Test
  void sevenDaysBetweenDutiesMakeAFixedWeeklyRotation() {
    // "at least 7 days between duties": a duty on the 1st allows the next on the 8th
    List<RosterRule> rules = List.of(RosterRule.minimumRest(7, true));
    Roster r = RosterGenerator.generate(fourWeeks(), people(7), rules, 42);
    Map<LocalDate, String> byDay = new TreeMap<>();
    r.assignments().forEach((s, p) -> byDay.put(s.date(), p));
    for (LocalDate d = JUNE_1; d.isBefore(JUNE_1.plusDays(21)); d = d.plusDays(1)) {
      assertThat(byDay.get(d.plusDays(7))).as("%s and a week later", d).isEqualTo(byDay.get(d));
    }
    assertThat(RosterValidator.validate(r, people(7), rules)).isEmpty();
    assertThat(RosterValidator.isValid(r, people(7), rules)).isTrue();
    // with six people it cannot hold
    assertThatThrownBy(() -> RosterGenerator.generate(fourWeeks(), people(6), rules, 42))
        .isInstanceOf(InfeasibleRosterException.class);
  }

  @Test
  void weightsAndHistoryCountInTheFairnessFigures() {
    DutyPlan weighted = DutyPlan.builder(CAL, JUNE_1, JUNE_1.plusDays(7)).slots(DayCategory.WORKING_DAY, "值班员").build();
    // 2026-06-01..07: five working days (weight 1) and a weekend (weight 1.5 each)
    List<DutyPerson> two = List.of(DutyPerson.of("a", "甲", "d", "值班员"), DutyPerson.of("b", "乙", "d", "值班员").withHistory(2));
    Roster r = RosterGenerator.generate(weighted, two, List.of(), 7);
    Fairness f = r.fairness(two);
    double total = f.people().stream().mapToDouble(Fairness.PersonLoad::load).sum();
    assertThat(total).as("5 × 1 + 2 × 1.5 duties, plus b's history of 2").isEqualTo(10.0);
    Fairness.Pool pool = f.pools().get(0);
    assertThat(pool.max() - pool.min()).isEqualTo(pool.spread());
    assertThat(pool.spread()).as("5 against 5, or as close as weights of 1 and 1.5 allow").isLessThanOrEqualTo(1.0);
    assertThat(f.people()).anySatisfy(p -> assertThat(p.counts()).containsKey(DayCategory.WEEKEND));
  }

  @Test
  void theSameSeedGivesTheSameRosterAndTheRecordIsWhatWasDecided() {
    DutyPlan plan = fourWeeks();
    Roster a = RosterGenerator.generate(plan, people(9), List.of(RosterRule.minimumRest(2, true)), 11);
    Roster b = RosterGenerator.generate(plan, people(9), List.of(RosterRule.minimumRest(2, true)), 11);
    assertThat(b.assignments()).isEqualTo(a.assignments());
    Map<Slot, String> why = new TreeMap<>(java.util.Comparator.comparing(Slot::date).thenComparingInt(Slot::index));
    a.assignments().keySet().forEach(s -> why.put(s, a.why(s)));
    Roster restored = Roster.restore(plan, a.assignments(), why, 1, List.of());
    assertThat(restored.assignments()).isEqualTo(a.assignments());
    assertThat(restored.why(plan.slots().get(0))).isEqualTo(a.why(plan.slots().get(0)));
    assertThatThrownBy(() -> Roster.restore(plan, a.assignments(), why, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
    assertThat(restored.toString()).contains("2026-06-01");
  }

  @Test
  void plansPeopleRulesAndSlotsRefuseWhatCannotBe() {
    assertThatThrownBy(() -> DutyPlan.builder(CAL, JUNE_1, JUNE_1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end after it starts");
    DutyPlan.Builder b = DutyPlan.builder(CAL, JUNE_1, JUNE_1.plusDays(1));
    assertThatThrownBy(() -> b.slots(DayCategory.WORKING_DAY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one slot");
    assertThatThrownBy(() -> b.slots(DayCategory.WORKING_DAY, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> b.weight(DayCategory.WEEKEND, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight");
    assertThatThrownBy(() -> b.weight(DayCategory.WEEKEND, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(b.weight(DayCategory.WEEKEND, 0.01)).isSameAs(b);
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("WORKING_DAY");
    DutyPlan plan = b.slots(DayCategory.WORKING_DAY, "值班员").handover(java.time.LocalTime.of(9, 0))
        .peakDay(JUNE_1, "节点").build();
    assertThat(plan.calendar()).isSameAs(CAL);
    assertThat(plan.peakDays()).containsEntry(JUNE_1, "节点");
    assertThat(plan.roles(DayCategory.HOLIDAY)).containsExactly("值班员");
    assertThat(plan.handover()).isEqualTo(java.time.LocalTime.of(9, 0));
    assertThat(plan.toString()).contains("2026-06-01").contains("09:00");
    assertThatThrownBy(() -> DutyPlan.builder(CAL, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 2))
        .slots(DayCategory.WORKING_DAY, "值班员").build()).isInstanceOf(RuntimeException.class);

    assertThatThrownBy(() -> DutyPerson.of(" ", "x", "d", "值班员")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> DutyPerson.of("a", "x", "d", "值班员").withHistory(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history");
    assertThatThrownBy(() -> DutyPerson.of("a", "x", "d", "值班员").withHistory(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history");
    assertThat(DutyPerson.of("a", "x", "d", "值班员").withHistory(3).history()).isEqualTo(3.0);
    assertThatThrownBy(() -> new DutyPerson.DateSpan(JUNE_1, JUNE_1.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
    DutyPerson.DateSpan one = new DutyPerson.DateSpan(JUNE_1, JUNE_1);
    assertThat(one.contains(JUNE_1)).isTrue();
    assertThat(one.contains(JUNE_1.plusDays(1))).isFalse();
    assertThat(one.contains(JUNE_1.minusDays(1))).isFalse();

    assertThatThrownBy(() -> RosterRule.minimumRest(0, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimum rest");
    assertThat(RosterRule.minimumRest(1, true).name()).isEqualTo("at least 1 days between duties");
    assertThatThrownBy(() -> RosterRule.maxPerMonth(0, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max duties");
    assertThat(RosterRule.maxPerMonth(1, false).name()).isEqualTo("at most 1 duties per month");
    assertThat(RosterRule.noConsecutiveHolidayPeriods(true).name()).isNotBlank();
    assertThat(RosterRule.respectPreferences().name()).isNotBlank();
    assertThat(RosterRule.custom("不排孕期", true, (p, s) -> true).name()).isEqualTo("不排孕期");

    assertThatThrownBy(() -> new Slot(JUNE_1, -1, "值班员", DayCategory.WORKING_DAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index");
    assertThat(new Slot(JUNE_1, 0, "值班员", DayCategory.WORKING_DAY)).hasToString("2026-06-01 #0 值班员");
    assertThat(new Violation("r", true, JUNE_1, "p1", "why")).hasToString("2026-06-01 p1 [hard] r: why");
    assertThat(new Violation("r", false, JUNE_1, "", "why")).hasToString("2026-06-01 [soft] r: why");

    Slot slot = new Slot(JUNE_1, 0, "值班员", DayCategory.WORKING_DAY);
    InfeasibleRosterException gaveUp = new InfeasibleRosterException(slot, Map.of(), "", true);
    assertThat(gaveUp.searchGaveUp()).isTrue();
    assertThat(gaveUp).hasMessage("no one can take 值班员 on 2026-06-01 (WORKING_DAY): nobody has the role");
    InfeasibleRosterException proven = new InfeasibleRosterException(slot, Map.of("rest", 3), "tried all", false);
    assertThat(proven.searchGaveUp()).isFalse();
    assertThat(proven).hasMessage("no one can take 值班员 on 2026-06-01 (WORKING_DAY): excluded by {rest=3}; tried all");
  }

  @Test
  void theCalendarExportHasOneEventPerDutyWithItsTimes() {
    Roster r = RosterGenerator.generate(fourWeeks(), people(7), List.of(), 3);
    String ics = RosterExport.iCalendar(r, Optional.of("p1"), Map.of("p1", "人员1"), java.time.Instant.EPOCH);
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("END:VCALENDAR");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(1 + 4);
    assertThat(ics.split("END:VEVENT", -1)).hasSize(1 + 4);
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    String everyone = RosterExport.iCalendar(r, Optional.empty(), Map.of(), java.time.Instant.EPOCH);
    assertThat(everyone.split("BEGIN:VEVENT", -1)).hasSize(1 + 28);
  }

  @Test
  void oneDutyInICalendarLineByLine() {
    DutyPlan day = DutyPlan.builder(CAL, JUNE_1, JUNE_1.plusDays(1)).slots(DayCategory.WORKING_DAY, "值班员").build();
    Roster r = Roster.of(day, Map.of(day.slots().get(0), "p1"));
    // a name long enough to fold the SUMMARY line: 3-octet characters, folded before the 75th octet
    String name = "很长的名字".repeat(6);
    String ics = RosterExport.iCalendar(r, Optional.empty(), Map.of("p1", name), java.time.Instant.parse("2026-06-01T00:00:00Z"));
    String summary = "SUMMARY:值班 值班员 " + name;
    byte[] octets = summary.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(octets.length).isGreaterThan(75);
    assertThat(ics).isEqualTo(String.join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OA Kit//Duty roster//ZH", "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19910915T000000", "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:2026-06-01-0-p1@duty.oakit.io", "DTSTAMP:20260601T000000Z",
        "DTSTART;TZID=Asia/Shanghai:20260601T083000", "DTEND;TZID=Asia/Shanghai:20260602T083000",
        fold(summary), "DESCRIPTION:WORKING_DAY duty\\, roster version 1", "END:VEVENT", "END:VCALENDAR", ""));
  }

  /** RFC 5545 folding by hand: at most 75 octets a line, continuation lines start with a space. */
  private static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    for (char c : line.toCharArray()) {
      int n = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (octets + n > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.append(c);
      octets += n;
    }
    return out.toString();
  }

  @Test
  void aStoredRosterWhosePlanHasSinceShrunkIsStillCheckedSlotBySlot() {
    DutyPlan fortnight = DutyPlan.builder(CAL, JUNE_1, JUNE_1.plusDays(14)).slots(DayCategory.WORKING_DAY, "值班员").build();
    List<DutyPerson> three = List.of(DutyPerson.of("a", "甲", "d1", "值班员"), DutyPerson.of("b", "乙", "d2", "值班员"),
        DutyPerson.of("c", "丙", "d3", "值班员"));
    List<RosterRule> rest = List.of(RosterRule.minimumRest(2, true));
    Roster decided = RosterGenerator.generate(fortnight, three, rest, 1);
    // stored as decided, read back on a plan that now covers only the first week
    DutyPlan week = DutyPlan.builder(CAL, JUNE_1, JUNE_1.plusDays(7)).slots(DayCategory.WORKING_DAY, "值班员").build();
    Map<Slot, String> why = new java.util.HashMap<>();
    decided.assignments().keySet().forEach(s -> why.put(s, decided.why(s)));
    Roster restored = Roster.restore(week, decided.assignments(), why, 1, List.of());
    assertThat(RosterValidator.validate(restored, three, rest)).isEmpty();
    // a stored duty beyond the plan's week given to the person on duty the day before is still caught
    Slot late = decided.assignments().keySet().stream().filter(s -> s.date().equals(JUNE_1.plusDays(12))).findFirst()
        .orElseThrow();
    Slot dayBefore = decided.assignments().keySet().stream().filter(s -> s.date().equals(JUNE_1.plusDays(11)))
        .findFirst().orElseThrow();
    RosterEditor.Outcome o = new RosterEditor(three, rest).override(restored, late, decided.personAt(dayBefore).orElseThrow(),
        "值班室", "主任", java.time.LocalDateTime.of(2026, 6, 1, 9, 0), "替班");
    assertThat(o.allowed()).isFalse();
    assertThat(o.violations()).extracting(Violation::rule).contains(RosterRule.minimumRest(2, true).name());
  }

  @Test
  void fairnessFiguresOfARosterWrittenByHand() {
    // 1–3 June 2026, three working days, weights 1 / 1.5 / 2 / 3 (granularity 0.5)
    DutyPlan plan = DutyPlan.builder(CAL, JUNE_1, JUNE_1.plusDays(3)).slots(DayCategory.WORKING_DAY, "值班员").build();
    List<Slot> slots = plan.slots();
    Roster r = Roster.of(plan, Map.of(slots.get(0), "a", slots.get(1), "a", slots.get(2), "b"));
    List<DutyPerson> three = List.of(DutyPerson.of("a", "甲", "d", "值班员"), DutyPerson.of("b", "乙", "d", "值班员"),
        DutyPerson.of("c", "丙", "d", "值班员"));
    Fairness.Pool pool = r.fairness(three).pools().get(0);
    assertThat(pool.max()).isEqualTo(2.0);
    assertThat(pool.min()).isEqualTo(0.0);
    assertThat(pool.spread()).isEqualTo(2.0);
    assertThat(pool.standardDeviation()).isCloseTo(Math.sqrt(2.0 / 3), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(pool.lowerBound()).as("3 duties among 3 people can be shared evenly").isZero();
    assertThat(pool.gap()).isEqualTo(2.0);
    // 2 duties among 3 people cannot: the period uses only working days (weight 1, not the 0.5 step of all four
    // categories), so one of the three has none — (1, 1, 0): the bound is 1 and this roster meets it
    Roster two = Roster.of(plan, Map.of(slots.get(0), "a", slots.get(1), "b"));
    Fairness.Pool p2 = two.fairness(three).pools().get(0);
    assertThat(p2.lowerBound()).isEqualTo(1.0);
    assertThat(p2.gap()).isZero();
    assertThat(p2.sumOfSquares()).isEqualTo(2.0);
    assertThat(p2.sumOfSquaresBound()).isEqualTo(2.0);
    // a heavy history sets the bound: c has done 5 before, so the highest load is at least 5 and the other two
    // share 3 duties of weight 1 — at best (2, 1): the spread is at least 5 − 1 = 4, which this roster reaches
    List<DutyPerson> withHistory = List.of(three.get(0), three.get(1), three.get(2).withHistory(5));
    Fairness.Pool p3 = r.fairness(withHistory).pools().get(0);
    assertThat(p3.lowerBound()).isEqualTo(4.0);
    assertThat(p3.spread()).isEqualTo(4.0);  // c at 5, b at 1
    assertThat(p3.gap()).isZero();
    // sum of squares 2² + 1² + 5² = 30; water-filling above c's 5 levels a and b at 1.5: 2.25 + 2.25 + 25
    assertThat(p3.sumOfSquares()).isEqualTo(30.0);
    assertThat(p3.sumOfSquaresBound()).isEqualTo(29.5);
    // the heaviest duty: one peak day (weight 3) among three people with nothing else — someone carries 3
    DutyPlan peak = DutyPlan.builder(CAL, JUNE_1, JUNE_1.plusDays(1)).slots(DayCategory.WORKING_DAY, "值班员")
        .peakDay(JUNE_1, "防汛").build();
    Fairness.Pool p4 = Roster.of(peak, Map.of(peak.slots().get(0), "a")).fairness(three).pools().get(0);
    assertThat(p4.lowerBound()).isEqualTo(3.0);
    assertThat(p4.sumOfSquaresBound()).isEqualTo(9.0);
    assertThat(r.fairness(three).people()).extracting(Fairness.PersonLoad::load).containsExactly(2.0, 1.0, 0.0);
    assertThat(r.toString()).contains("2026-06-01 值班员 a").contains("2026-06-03 值班员 b");
  }
}
