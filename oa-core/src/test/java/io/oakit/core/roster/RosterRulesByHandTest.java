package io.oakit.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rule of a roster on a roster written by hand, breaking it exactly once or exactly not:
 * the validator names the rule, the day, the person and why, in words a duty officer can check.
 * 1–10 June 2026; 2 and 5 June are made peak days (two holiday periods apart).
 */
class RosterRulesByHandTest {

  private static final LocalDate D1 = LocalDate.of(2026, 6, 1);

  private static final DutyPlan PLAN = DutyPlan.builder(ChinaCalendars.official(), D1, D1.plusDays(10))
      .slots(DayCategory.WORKING_DAY, "带班领导", "值班员")
      .peakDay(D1.plusDays(1), "节点一").peakDay(D1.plusDays(4), "节点二").build();

  private static final DutyPerson A = DutyPerson.of("a", "甲", "办公室", "带班领导", "值班员");
  private static final DutyPerson B = DutyPerson.of("b", "乙", "办公室", "带班领导", "值班员");
  private static final DutyPerson C = DutyPerson.of("c", "丙", "财务科", "带班领导", "值班员");

  /** Everyone else covers every slot not given: c leads, b is on duty, unless the day's slot is given. */
  private static Roster roster(Map<String, String> given) {
    Map<Slot, String> out = new LinkedHashMap<>();
    for (Slot s : PLAN.slots()) {
      String key = s.date().getDayOfMonth() + "/" + s.index();
      out.put(s, given.getOrDefault(key, s.index() == 0 ? "c" : "b"));
    }
    return Roster.of(PLAN, out);
  }

  private static List<String> violations(Roster r, List<DutyPerson> people, RosterRule rule) {
    return RosterValidator.validate(r, people, List.of(rule)).stream().map(Violation::toString).toList();
  }

  @Test
  void restIsCountedInWholeDaysBeforeAndAfter() {
    Roster r = roster(Map.of("1/1", "a", "3/1", "a", "4/1", "a"));
    List<String> v = violations(r, List.of(A, B, C), RosterRule.minimumRest(2, true));
    assertThat(v).contains(
        "2026-06-03 a [hard] at least 2 days between duties: a is on duty 2026-06-04, fewer than 2 days after",
        "2026-06-04 a [hard] at least 2 days between duties: a is on duty 2026-06-03, fewer than 2 days before");
    // 1 and 3 June are exactly two days apart: allowed
    assertThat(v).noneMatch(s -> s.startsWith("2026-06-01 a"));
  }

  @Test
  void aMonthsDutiesAreCountedUpToTheLimit() {
    Roster r = roster(Map.of("1/1", "a", "3/1", "a", "6/1", "a"));
    List<String> v = violations(r, List.of(A, B, C), RosterRule.maxPerMonth(2, false));
    assertThat(v).filteredOn(s -> s.startsWith("2026-06-0") && s.contains(" a ")).containsExactly(
        "2026-06-01 a [soft] at most 2 duties per month: a already has 2 duties in 2026-06",
        "2026-06-03 a [soft] at most 2 duties per month: a already has 2 duties in 2026-06",
        "2026-06-06 a [soft] at most 2 duties per month: a already has 2 duties in 2026-06");
    Roster two = roster(Map.of("1/1", "a", "3/1", "a"));
    assertThat(violations(two, List.of(A, B, C), RosterRule.maxPerMonth(2, false))).noneMatch(s -> s.contains(" a "));
  }

  @Test
  void absencesPreferencesAndCustomRulesNameTheDay() {
    DutyPerson away = A.withUnavailable(new DutyPerson.DateSpan(D1.plusDays(3), D1.plusDays(3)));
    Roster r = roster(Map.of("4/1", "a", "5/1", "a"));
    assertThat(violations(r, List.of(away, B, C), RosterRule.notUnavailable(true)))
        .containsExactly("2026-06-04 a [hard] not unavailable: a is unavailable on 2026-06-04");
    DutyPerson picky = new DutyPerson("a", "甲", "办公室", Set.of("值班员"), List.of(), Set.of(D1.plusDays(4)), 0);
    assertThat(violations(r, List.of(picky, B, C), RosterRule.respectPreferences()))
        .containsExactly("2026-06-05 a [soft] " + RosterRule.respectPreferences().name()
            + ": a would rather not take duty on 2026-06-05");
    assertThat(violations(r, List.of(A, B, C), RosterRule.custom("不排甲", true, (p, s) -> !p.id().equals("a"))))
        .containsExactly("2026-06-04 a [hard] 不排甲: a is excluded by 不排甲", "2026-06-05 a [hard] 不排甲: a is excluded by 不排甲");
  }

  @Test
  void theLeaderAndTheOfficerComeFromDifferentDepartments() {
    RosterRule rule = RosterRule.differentDepartments("带班领导", "值班员", true);
    // 2 June: a leads and b is on duty, both from 办公室; elsewhere c (财务科) leads
    Roster r = roster(Map.of("2/0", "a"));
    List<String> v = violations(r, List.of(A, B, C), rule);
    assertThat(v).containsExactlyInAnyOrder(
        "2026-06-02 a [hard] " + rule.name() + ": a and b (值班员) are both from 办公室",
        "2026-06-02 b [hard] " + rule.name() + ": b and a (带班领导) are both from 办公室");
    assertThat(violations(roster(Map.of()), List.of(A, B, C), rule)).isEmpty();
  }

  @Test
  void nobodyTakesNeighbouringHolidayPeriods() {
    RosterRule rule = RosterRule.noConsecutiveHolidayPeriods(true);
    assertThat(PLAN.category(D1.plusDays(1))).isEqualTo(DayCategory.PEAK);
    Roster r = roster(Map.of("2/1", "a", "5/1", "a"));
    assertThat(violations(r, List.of(A, B, C), rule)).filteredOn(s -> s.contains(" a ")).containsExactly(
        "2026-06-02 a [hard] " + rule.name() + ": a has holiday duty on 2026-06-05 in the neighbouring holiday period",
        "2026-06-05 a [hard] " + rule.name() + ": a has holiday duty on 2026-06-02 in the neighbouring holiday period");
    assertThat(violations(roster(Map.of("2/1", "a")), List.of(A, B, C), rule)).noneMatch(s -> s.contains(" a "));
  }

  @Test
  void unfilledSlotsAndUnknownPeopleAreHardViolations() {
    Map<Slot, String> some = new LinkedHashMap<>();
    some.put(PLAN.slots().get(0), "c");
    some.put(PLAN.slots().get(1), "nobody");
    Roster r = Roster.of(PLAN, some);
    List<Violation> v = RosterValidator.validate(r, List.of(A, B, C), List.of());
    assertThat(v.get(0)).hasToString("2026-06-01 nobody [hard] known people: no such person");
    assertThat(v.get(1)).hasToString("2026-06-02 [hard] every slot filled: 带班领导 is unfilled");
    assertThat(RosterValidator.isValid(r, List.of(A, B, C), List.of())).isFalse();
    assertThat(RosterValidator.isValid(roster(Map.of()), List.of(A, B, C), List.of())).isTrue();
  }
}
