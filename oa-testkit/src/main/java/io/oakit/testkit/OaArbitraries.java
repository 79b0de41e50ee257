package io.oakit.testkit;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.calendar.WorkCalendar;
import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.routing.RuleSet;
import io.oakit.core.supervision.SupervisionItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for OA Kit's domain types, for hosts' own property tests:
 *
 * <pre>{@code
 * @Property
 * void myRulesNeverLeak(@ForAll("organizations") Organization org, @ForAll("profiles") DocumentProfile doc) { … }
 *
 * @Provide Arbitrary<Organization> organizations() { return OaArbitraries.organizations(); }
 * @Provide Arbitrary<DocumentProfile> profiles() { return OaArbitraries.documentProfiles(); }
 * }</pre>
 *
 * <p>Dates and instants are generated inside the official calendar (2019–2026); structured values
 * (organisations, rule sets, supervision items) are built from a generated seed by
 * {@link RoutingGenerators} and {@link SupervisionGenerators}, so they shrink towards small seeds
 * rather than structurally.
 */
public final class OaArbitraries {

  private OaArbitraries() {}

  /** @return days the official calendar covers, with its first and last day as edge cases */
  public static Arbitrary<LocalDate> coveredDates() {
    WorkCalendar cal = ChinaCalendars.official();
    return Arbitraries.longs().between(cal.firstCoveredDay().toEpochDay(), cal.lastCoveredDay().toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(c -> c.add(cal.firstCoveredDay(), cal.lastCoveredDay()));
  }

  /** @return instants on covered days, to the minute, with office-hour boundaries as edge cases */
  public static Arbitrary<LocalDateTime> coveredInstants() {
    Arbitrary<LocalTime> times = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)),
        Arbitraries.of(LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(14, 30), LocalTime.of(17, 30)));
    return Combinators.combine(coveredDates(), times).as(LocalDate::atTime);
  }

  /** @return organisations of 3 to 25 people with roles, clearances, areas, deputies and absences */
  public static Arbitrary<Organization> organizations() {
    return Arbitraries.longs().map(RoutingGenerators::organization);
  }

  /** @return valid document profiles of every kind, urgency and secrecy, some with amounts */
  public static Arbitrary<DocumentProfile> documentProfiles() {
    return Arbitraries.longs().map(RoutingGenerators::profile);
  }

  /**
   * @param maxRules the most rules
   * @return rule sets of 0 to {@code maxRules} rules, both modes, with ladders and both policies
   */
  public static Arbitrary<RuleSet> ruleSets(int maxRules) {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, maxRules))
        .as(RoutingGenerators::ruleSet);
  }

  /**
   * @param units how many units items are assigned to
   * @return supervision items in every state the model allows, assigned in 2026
   */
  public static Arbitrary<SupervisionItem> supervisionItems(int units) {
    return Arbitraries.longs().map(seed -> SupervisionGenerators.item(seed, units));
  }

  /** @return duty plans of one to six weeks in 2026 with one to four slots a day */
  public static Arbitrary<DutyPlan> dutyPlans() {
    Arbitrary<LocalDate> starts = Arbitraries.integers().between(0, 300).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
    Arbitrary<Integer> days = Arbitraries.integers().between(7, 42);
    Arbitrary<List<String>> roles = Arbitraries.of("带班领导", "值班员", "驾驶员").list().ofMinSize(1).ofMaxSize(4);
    return Combinators.combine(starts, days, roles).as((start, n, r) ->
        DutyPlan.builder(ChinaCalendars.official(), start, start.plusDays(n))
            .slots(DayCategory.WORKING_DAY, r.toArray(String[]::new)).build());
  }

  /**
   * @param roles the roles people may fill
   * @return people with one role each, in one of three departments, with no absences
   */
  public static Arbitrary<DutyPerson> dutyPeople(String... roles) {
    return Combinators.combine(Arbitraries.strings().alpha().ofLength(6), Arbitraries.of(roles),
        Arbitraries.integers().between(0, 2))
        .as((id, role, dept) -> new DutyPerson(id, id, "d" + dept, Set.of(role), List.of(), Set.of(), 0));
  }
}
