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
