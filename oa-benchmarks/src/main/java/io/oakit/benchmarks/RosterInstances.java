package io.oakit.benchmarks;

import io.oakit.core.calendar.ChinaCalendars;
import io.oakit.core.roster.DayCategory;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.RosterRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The full-year roster instance shared by the roster benchmarks: 2024 (366 days), a leader on duty,
 * two duty officers and a driver every day, 200 people (40 leaders, 140 officers, 20 drivers in 8
 * departments), a fifth of them away for a week or two, with the hard rules of a county office.
 */
public final class RosterInstances {

  public static final DutyPlan PLAN = DutyPlan.builder(ChinaCalendars.official(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))
      .slots(DayCategory.WORKING_DAY, "带班领导", "值班员", "值班员", "驾驶员")
      .peakDay(LocalDate.of(2024, 2, 9), "除夕")
      .build();

  public static final List<RosterRule> RULES = List.of(
      RosterRule.notUnavailable(true),
      RosterRule.minimumRest(3, true),
      RosterRule.maxPerMonth(8, true),
      RosterRule.differentDepartments("带班领导", "值班员", true));

  public static final List<DutyPerson> PEOPLE = people();

  private RosterInstances() {}

  /**
   * A plan, its people and its rules.
   *
   * @param plan the plan
   * @param people the people
   * @param rules the rules
   */
  public record Instance(DutyPlan plan, List<DutyPerson> people, List<RosterRule> rules) {}

  /**
   * The full-year instance grown {@code factor} times: per day {@code factor} leaders, {@code 2 × factor} officers
   * and {@code factor} drivers, {@code 200 × factor} people in {@code 8 × factor} departments, the same rules.
   * Factor 25 is a provincial platform's year: 5,000 people and 36,600 duties.
   *
   * @param factor how many times the base instance, {@code >= 1}
   * @return the instance
   */
  public static Instance scaled(int factor) {
    String[] day = new String[4 * factor];
    for (int i = 0; i < factor; i++) {
      day[4 * i] = "带班领导";
      day[4 * i + 1] = "值班员";
      day[4 * i + 2] = "值班员";
      day[4 * i + 3] = "驾驶员";
    }
    DutyPlan plan = DutyPlan.builder(ChinaCalendars.official(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))
        .slots(DayCategory.WORKING_DAY, day)
        .peakDay(LocalDate.of(2024, 2, 9), "除夕")
        .build();
    SplittableRandom r = new SplittableRandom(2024);
    List<DutyPerson> out = new ArrayList<>();
    for (int i = 0; i < 200 * factor; i++) {
      int k = i % 200;
      String role = k < 40 ? "带班领导" : k < 180 ? "值班员" : "驾驶员";
      DutyPerson p = DutyPerson.of("p" + i, "人员" + i, "d" + (i % (8 * factor)), role);
      if (r.nextInt(5) == 0) {
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(350));
        p = p.withUnavailable(new DutyPerson.DateSpan(from, from.plusDays(6 + r.nextInt(8))));
      }
      out.add(p);
    }
    return new Instance(plan, List.copyOf(out), RULES);
  }

  private static List<DutyPerson> people() {
    SplittableRandom r = new SplittableRandom(2024);
    List<DutyPerson> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String role = i < 40 ? "带班领导" : i < 180 ? "值班员" : "驾驶员";
      DutyPerson p = DutyPerson.of("p" + i, "人员" + i, "d" + (i % 8), role);
      if (r.nextInt(5) == 0) {
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(350));
        p = p.withUnavailable(new DutyPerson.DateSpan(from, from.plusDays(6 + r.nextInt(8))));
      }
      out.add(p);
    }
    return out;
  }
}
