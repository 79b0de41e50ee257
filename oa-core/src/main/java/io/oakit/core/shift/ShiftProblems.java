package io.oakit.core.shift;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.Slot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The 24-hour duty plan as a configuration of the shift model: each role a shift of 1,440 minutes from the
 * handover (or the daytime hours of a daytime rota), the slots of a day its hard cover, the people its staff (a
 * role they cannot fill limited to 0), absences days off, "at least {@code r} days between duties" one shift in a
 * row and {@code r − 1} days off between, preferences weighted shift-off requests. The dedicated
 * {@link io.oakit.core.roster.RosterGenerator} stays the fast way to generate such rosters; this lets a roster be
 * checked, explained and re-planned with the general model's rules, and shows what it leaves out.
 */
public final class ShiftProblems {

  private ShiftProblems() {}

  /**
   * A duty plan in the shift model.
   *
   * @param problem the problem
   * @param notCarried the rules the shift model cannot state (per-month limits, holiday periods, departments,
   *     host rules, soft forms of the hard-only rules), by name: a schedule of the problem does not check them
   */
  public record Conversion(ShiftProblem problem, List<String> notCarried) {
    /**
     * Copies the list.
    *
    * @param notCarried the rules the shift model cannot state (per-month limits, holiday periods, departments, host rules, soft forms of the hard-only rules), by name: a schedule of the problem does not check them
    * @param problem the problem
     */
    public Conversion {
      requireNonNull(problem, "problem");
      notCarried = ImmutableList.copyOf(notCarried);
    }
  }

  /**
   * @param plan the plan
   * @param people the people
   * @param rules the roster's rules
   * @return the plan as a shift problem, and the rules it does not carry
   */
  public static Conversion ofDutyPlan(DutyPlan plan, List<DutyPerson> people, List<RosterRule> rules) {
    requireNonNull(plan, "plan");
    LocalDate first = plan.startInclusive();
    int days = (int) (plan.endExclusive().toEpochDay() - first.toEpochDay());
    Map<String, Integer> perDay = new TreeMap<>();
    Map<String, Map<Integer, Integer>> cover = new TreeMap<>();
    for (Slot s : plan.slots()) {
      perDay.merge(s.role(), 1, Integer::sum);
      cover.computeIfAbsent(s.role(), r -> new TreeMap<>()).merge(day(plan, s.date()), 1, Integer::sum);
    }
    int minutes = plan.isDaytime()
        ? (int) java.time.Duration.between(plan.handover(), plan.dayEnd().orElseThrow()).toMinutes()
        : 1_440;
    List<ShiftProblem.ShiftType> shifts = new ArrayList<>();
    for (String role : cover.keySet()) {
      shifts.add(ShiftProblem.ShiftType.timed(role, plan.handover(), minutes, Set.of()));
    }
    int maxRun = days;
    int minOff = 0;
    boolean absences = false;
    boolean preferences = false;
    List<String> notCarried = new ArrayList<>();
    for (RosterRule r : rules) {
      if (r instanceof RosterRule.MinimumRest rest && r.hard()) {
        maxRun = 1;
        minOff = Math.max(minOff, rest.days() - 1);
      } else if (r instanceof RosterRule.NotUnavailable && r.hard()) {
        absences = true;
      } else if (r instanceof RosterRule.RespectPreferences) {
        preferences = true;
      } else {
        notCarried.add(r.name() + (r.hard() ? "" : " (soft)"));
      }
    }
    List<ShiftProblem.Staff> staff = new ArrayList<>();
    List<ShiftProblem.Request> off = new ArrayList<>();
    for (DutyPerson p : people) {
      Map<String, Integer> max = new HashMap<>();
      for (String role : cover.keySet()) {
        if (!p.roles().contains(role)) {
          max.put(role, 0);
        }
      }
      Set<Integer> away = new HashSet<>();
      for (int d = 0; d < days; d++) {
        LocalDate date = first.plusDays(d);
        if (absences && p.isUnavailable(date)) {
          away.add(d);
        }
        if (preferences && p.ratherNot().contains(date)) {
          for (String role : cover.keySet()) {
            off.add(new ShiftProblem.Request(p.id(), d, role, 1));
          }
        }
      }
      staff.add(new ShiftProblem.Staff(p.id(), max, days * minutes, 0, maxRun, 1, minOff, days, away));
    }
    List<ShiftProblem.Cover> needs = new ArrayList<>();
    for (String role : cover.keySet()) {
      for (int d = 0; d < days; d++) {
        needs.add(ShiftProblem.Cover.exactly(d, role, cover.get(role).getOrDefault(d, 0)));
      }
    }
    ShiftProblem problem = new ShiftProblem(days, shifts, staff, List.of(), off, needs, List.of(), Optional.of(first), 0);
    return new Conversion(problem, notCarried);
  }

  /**
   * @param roster a roster of the plan
   * @param conversion the plan as a shift problem ({@link #ofDutyPlan})
   * @return the roster as a schedule of that problem (people it does not know are left out)
   */
  public static ShiftSchedule schedule(Roster roster, Conversion conversion) {
    ShiftProblem p = conversion.problem();
    int[][] cells = new int[p.staff().size()][p.days()];
    for (int[] row : cells) {
      java.util.Arrays.fill(row, ShiftSchedule.OFF);
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < p.staff().size(); i++) {
      index.put(p.staff().get(i).id(), i);
    }
    roster.assignments().forEach((slot, who) -> {
      Integer s = index.get(who);
      if (s != null) {
        cells[s][day(roster.plan(), slot.date())] = p.shiftIndex(slot.role()).orElseThrow();
      }
    });
    return new ShiftSchedule(p, cells);
  }

  private static int day(DutyPlan plan, LocalDate date) {
    return (int) (date.toEpochDay() - plan.startInclusive().toEpochDay());
  }
}
