package io.oakit.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.calendar.ChinaCalendars;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

class RosterProperties {

  private static final String[] ROLES = {"带班领导", "值班员", "驾驶员"};

  record Instance(DutyPlan plan, List<DutyPerson> people, List<RosterRule> rules) {}

  static Instance instance(long seed, int extraPeople, boolean onlyEligibility) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300));
    int days = 7 + r.nextInt(34);
    int roles = 1 + r.nextInt(3);
    String[] template = new String[roles + r.nextInt(2)];
    for (int i = 0; i < template.length; i++) {
      template[i] = ROLES[Math.min(i, roles - 1)];
    }
    DutyPlan plan = DutyPlan.builder(ChinaCalendars.official(), start, start.plusDays(days))
        .slots(DayCategory.WORKING_DAY, template)
        .slots(DayCategory.HOLIDAY, template)
        .build();
    List<RosterRule> rules = onlyEligibility ? List.of() : List.of(
        RosterRule.notUnavailable(true),
        RosterRule.minimumRest(1 + r.nextInt(3), true),
        RosterRule.maxPerMonth(8 + r.nextInt(5), r.nextBoolean()),
        RosterRule.noConsecutiveHolidayPeriods(false),
        RosterRule.differentDepartments("带班领导", "值班员", false),
        RosterRule.respectPreferences());
    List<DutyPerson> people = new ArrayList<>();
    int n = roles * template.length + r.nextInt(20) + extraPeople;
    for (int i = 0; i < n; i++) {
      String role = ROLES[i % roles];
      DutyPerson p = new DutyPerson("p" + i, "人" + i, "d" + r.nextInt(3), Set.of(role), List.of(), Set.of(),
          onlyEligibility ? 0 : r.nextInt(4) * 0.5);
      if (!onlyEligibility && r.nextInt(4) == 0) {
        LocalDate from = start.plusDays(r.nextInt(days));
        p = p.withUnavailable(new DutyPerson.DateSpan(from, from.plusDays(r.nextInt(5))));
      }
      people.add(p);
    }
    return new Instance(plan, people, rules);
  }

  @Property(tries = 200)
  void everyGeneratedRosterPassesTheValidator(@ForAll long seed) {
    Instance in = instance(seed, 0, false);
    Roster roster;
    try {
      roster = RosterGenerator.generate(in.plan(), in.people(), in.rules(), seed);
    } catch (InfeasibleRosterException e) {
      assertThat(e.getMessage()).contains("no one can take");
      return;
    }
    assertThat(RosterValidator.validate(roster, in.people(), in.rules()).stream().filter(Violation::hard)).isEmpty();
    assertThat(roster.assignments()).hasSize(in.plan().slots().size());
  }

  @Property(tries = 100)
  void generationIsDeterministic(@ForAll long seed) {
    Instance in = instance(seed, 0, false);
    try {
      assertThat(RosterGenerator.generate(in.plan(), in.people(), in.rules(), seed).assignments())
          .isEqualTo(RosterGenerator.generate(in.plan(), in.people(), in.rules(), seed).assignments());
    } catch (InfeasibleRosterException e) {
      assertThat(e.slot()).isNotNull();
    }
  }

  @Property(tries = 200)
  void moreRelaxedPeopleNeverMakeAFeasiblePlanInfeasible(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int more) {
    Instance in = instance(seed, 0, false);
    try {
      RosterGenerator.generate(in.plan(), in.people(), in.rules(), seed);
    } catch (InfeasibleRosterException e) {
      return;
    }
    Instance bigger = instance(seed, more, false);
    // the same people first (same seed), then more
    assertThat(bigger.people().subList(0, in.people().size())).isEqualTo(in.people());
    try {
      RosterGenerator.generate(bigger.plan(), bigger.people(), bigger.rules(), seed);
      Statistics.collect("the bigger pool was rostered");
    } catch (InfeasibleRosterException e) {
      // never a proof of infeasibility; the search may rarely run out of steps (its known limit: it is
      // complete only within its budget), and that must stay rare
      assertThat(e.searchGaveUp()).as("more people proved a feasible plan infeasible: %s", e.getMessage()).isTrue();
      Statistics.collect("the search gave up on the bigger pool");
    }
    Statistics.coverage(c -> c.check("the search gave up on the bigger pool").percentage(p -> p <= 5));
  }

  @Property(tries = 200)
  void anAllowedSwapKeepsTheRosterValidAndARefusedOneSaysWhy(@ForAll long seed, @ForAll @IntRange(max = 1000) int a,
      @ForAll @IntRange(max = 1000) int b) {
    Instance in = instance(seed, 0, false);
    Roster roster;
    try {
      roster = RosterGenerator.generate(in.plan(), in.people(), in.rules(), seed);
    } catch (InfeasibleRosterException e) {
      return;
    }
    List<Slot> slots = in.plan().slots();
    Slot sa = slots.get(a % slots.size());
    Slot sb = slots.get(b % slots.size());
    if (roster.personAt(sa).equals(roster.personAt(sb))) {
      return;
    }
    RosterEditor.Outcome outcome = new RosterEditor(in.people(), in.rules())
        .swap(roster, sa, sb, "p", "boss", LocalDateTime.of(2026, 1, 1, 9, 0), "swap");
    if (outcome.allowed()) {
      assertThat(RosterValidator.isValid(outcome.roster().get(), in.people(), in.rules())).isTrue();
      assertThat(outcome.roster().get().version()).isEqualTo(2);
    } else {
      assertThat(outcome.violations()).isNotEmpty().allMatch(Violation::hard);
    }
  }

  @Property(tries = 200)
  void withOnlyEligibilityTheSpreadStaysWithinTheHeaviestDuty(@ForAll long seed) {
    Instance in = instance(seed, 0, true);
    Roster roster = RosterGenerator.generate(in.plan(), in.people(), in.rules(), seed);
    double heaviest = 3.0;
    for (Fairness.Pool pool : roster.fairness(in.people()).pools()) {
      assertThat(pool.spread()).as("pool %s", pool.role()).isLessThanOrEqualTo(heaviest);
      assertThat(pool.gap()).isEqualTo(Math.max(0, pool.spread() - pool.lowerBound()));
    }
  }
}
