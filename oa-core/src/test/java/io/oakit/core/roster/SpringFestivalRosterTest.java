package io.oakit.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.calendar.ChinaCalendars;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A 40-person county office over the 2026 Spring Festival: a leader, two officers and a driver every day. */
class SpringFestivalRosterTest {

  static final LocalDate START = LocalDate.of(2026, 2, 14);
  static final LocalDate END = LocalDate.of(2026, 3, 1);

  static DutyPlan plan() {
    return DutyPlan.builder(ChinaCalendars.official(), START, END)
        .slots(DayCategory.WORKING_DAY, "带班领导", "值班员", "值班员", "驾驶员")
        .peakDay(LocalDate.of(2026, 2, 16), "除夕")
        .build();
  }

  /** 8 leaders in 4 departments, 28 officers in 4 departments, 4 drivers; leader 1 on leave over 除夕. */
  static List<DutyPerson> people() {
    List<DutyPerson> people = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      people.add(DutyPerson.of("leader" + i, "领导" + i, "dept" + (i % 4), "带班领导"));
    }
    for (int i = 1; i <= 28; i++) {
      people.add(DutyPerson.of("officer" + i, "干部" + i, "dept" + (i % 4), "值班员"));
    }
    for (int i = 1; i <= 4; i++) {
      people.add(DutyPerson.of("driver" + i, "司机" + i, "motor", "驾驶员"));
    }
    people.set(0, people.get(0).withUnavailable(new DutyPerson.DateSpan(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 18))));
    return people;
  }

  static List<RosterRule> rules() {
    return List.of(
        RosterRule.notUnavailable(true),
        RosterRule.minimumRest(3, true),
        RosterRule.maxPerMonth(6, true),
        RosterRule.differentDepartments("带班领导", "值班员", true),
        RosterRule.respectPreferences());
  }

  @Test
  void theCalendarDecidesTheDayCategories() {
    DutyPlan plan = plan();
    assertThat(plan.category(LocalDate.of(2026, 2, 14))).isEqualTo(DayCategory.WORKING_DAY);  // Saturday, 调休上班
    assertThat(plan.category(LocalDate.of(2026, 2, 15))).isEqualTo(DayCategory.HOLIDAY);
    assertThat(plan.category(LocalDate.of(2026, 2, 16))).isEqualTo(DayCategory.PEAK);         // 除夕
    assertThat(plan.category(LocalDate.of(2026, 2, 24))).isEqualTo(DayCategory.WORKING_DAY);
    assertThat(plan.category(LocalDate.of(2026, 2, 28))).isEqualTo(DayCategory.WORKING_DAY);  // Saturday, 调休上班
    assertThat(plan.category(LocalDate.of(2026, 2, 22))).isEqualTo(DayCategory.HOLIDAY);
    assertThat(plan.slots()).hasSize(15 * 4);
  }

  @Test
  void aValidFairRoster() {
    Roster roster = RosterGenerator.generate(plan(), people(), rules(), 2026);
    assertThat(RosterValidator.validate(roster, people(), rules())).isEmpty();
    assertThat(roster.assignments()).hasSize(60);
    // the leader on leave has no duty during the leave
    assertThat(roster.dutiesOf("leader1", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 19))).isEmpty();
    Fairness fairness = roster.fairness(people());
    // officers mostly have one duty each, weighing 1 to 3; leaders and drivers are within one working day — and
    // each pool is at its lower bound: no roster of these duties is fairer
    assertThat(fairness.pools()).extracting(Fairness.Pool::role, Fairness.Pool::spread, Fairness.Pool::lowerBound)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("值班员", 2.0, 2.0),
            org.assertj.core.groups.Tuple.tuple("带班领导", 1.0, 1.0),
            org.assertj.core.groups.Tuple.tuple("驾驶员", 1.0, 1.0));
    Slot eve = plan().slots().stream().filter(s -> s.date().equals(LocalDate.of(2026, 2, 16))).findFirst().orElseThrow();
    assertThat(roster.why(eve)).contains("lowest weighted load");
  }

  @Test
  void whoIsOnDutyFollowsTheHandover() {
    Roster roster = RosterGenerator.generate(plan(), people(), rules(), 2026);
    Map<Slot, String> early = roster.onDutyAt(LocalDateTime.of(2026, 2, 17, 7, 0));
    assertThat(early.keySet()).allSatisfy(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2026, 2, 16)));
    Map<Slot, String> later = roster.onDutyAt(LocalDateTime.of(2026, 2, 17, 8, 30));
    assertThat(later.keySet()).allSatisfy(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2026, 2, 17)));
    assertThat(later).hasSize(4);
  }

  @Test
  void theSameSeedGivesTheSameRoster() {
    assertThat(RosterGenerator.generate(plan(), people(), rules(), 7).assignments())
        .isEqualTo(RosterGenerator.generate(plan(), people(), rules(), 7).assignments());
  }

  @Test
  void anImpossiblePlanNamesTheSlotAndTheRules() {
    List<DutyPerson> twoDrivers = people().stream().filter(p -> !p.id().equals("driver3") && !p.id().equals("driver4")).toList();
    assertThatThrownBy(() -> RosterGenerator.generate(plan(), twoDrivers, rules(), 1))
        .isInstanceOfSatisfying(InfeasibleRosterException.class, e -> {
          assertThat(e.slot().role()).isEqualTo("驾驶员");
          assertThat(e.excludedBy()).containsKey("at least 3 days between duties");
        })
        .hasMessageContaining("no one can take 驾驶员 on")
        .hasMessageEndingWith("the role needs 15 duties and its 2 people can take at most 10 with 3 days between duties");
  }

  @Test
  void aHandEditedRosterListsEveryViolation() {
    DutyPlan plan = DutyPlan.builder(ChinaCalendars.official(), START, START.plusDays(2))
        .slots(DayCategory.WORKING_DAY, "带班领导", "值班员").build();
    List<Slot> slots = plan.slots();
    Roster edited = Roster.of(plan, Map.of(
        slots.get(0), "leader2",        // 2026-02-14 leader: dept2
        slots.get(1), "officer2",       // 2026-02-14 officer: dept2 as well
        slots.get(2), "officer3"));     // 2026-02-15 leader slot given to an officer; officer slot unfilled
    List<Violation> violations = RosterValidator.validate(edited, people(), rules());
    assertThat(violations).extracting(Violation::rule).containsExactlyInAnyOrder(
        "带班领导 and 值班员 from different departments", "带班领导 and 值班员 from different departments",
        "role eligibility", "every slot filled");
  }
}
