package io.oakit.benchmarks.timefold;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.oakit.benchmarks.RosterInstances;
import io.oakit.core.roster.DutyPerson;
import io.oakit.core.roster.DutyPlan;
import io.oakit.core.roster.Fairness;
import io.oakit.core.roster.Roster;
import io.oakit.core.roster.RosterGenerator;
import io.oakit.core.roster.RosterRule;
import io.oakit.core.roster.RosterValidator;
import io.oakit.core.roster.Slot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OA Kit's roster generator beside Timefold Solver 1.32.0 on the same full-year instance, same hard
 * rules, Timefold also optimising a load-balance soft rule. Both rosters are checked by OA Kit's
 * validator and measured by the same fairness report. Run:
 * {@code java -cp oa-benchmarks/target/benchmarks.jar io.oakit.benchmarks.timefold.TimefoldComparison [seconds]}
 */
public final class TimefoldComparison {

  private TimefoldComparison() {}

  /**
   * @param args optional: Timefold's time budget in seconds (default 60)
   */
  public static void main(String[] args) {
    System.out.print(run(args.length > 0 ? Long.parseLong(args[0]) : 60));
  }

  /**
   * Runs the comparison: OA Kit, Timefold until its first feasible roster, Timefold for the budget.
   *
   * @param budget Timefold's time budget in seconds
   * @return one Markdown table row per solver
   */
  public static String run(long budget) {
    StringBuilder out = new StringBuilder();
    DutyPlan plan = RosterInstances.PLAN;
    List<DutyPerson> people = RosterInstances.PEOPLE;
    List<RosterRule> rules = RosterInstances.RULES;

    for (int i = 0; i < 5; i++) { // warm up the JIT a little
      RosterGenerator.generate(plan, people, rules, i);
    }
    long t0 = System.nanoTime();
    Roster oakit = RosterGenerator.generate(plan, people, rules, 42);
    long oakitNanos = System.nanoTime() - t0;
    out.append(report("OA Kit", oakit, people, rules, oakitNanos));

    for (boolean untilFeasible : new boolean[] {true, false}) {
      List<DutyShift> shifts = new ArrayList<>();
      for (Slot s : plan.slots()) {
        shifts.add(new DutyShift(s, plan.weight(s.category()),
            people.stream().filter(p -> p.roles().contains(s.role())).toList()));
      }
      TerminationConfig termination = untilFeasible
          ? new TerminationConfig().withBestScoreFeasible(true).withSpentLimit(Duration.ofSeconds(budget))
          : new TerminationConfig().withSpentLimit(Duration.ofSeconds(budget));
      SolverConfig config = new SolverConfig()
          .withSolutionClass(DutySchedule.class)
          .withEntityClasses(DutyShift.class)
          .withConstraintProviderClass(DutyConstraints.class)
          .withRandomSeed(42L)
          .withTerminationConfig(termination);
      Solver<DutySchedule> solver = SolverFactory.<DutySchedule>create(config).buildSolver();
      long t1 = System.nanoTime();
      DutySchedule solved = solver.solve(new DutySchedule(people, shifts));
      long nanos = System.nanoTime() - t1;
      Map<Slot, String> assignments = new LinkedHashMap<>();
      for (DutyShift s : solved.getShifts()) {
        if (s.getPerson() != null) {
          assignments.put(s.getSlot(), s.getPerson().id());
        }
      }
      System.out.println("Timefold score " + solved.getScore());
      out.append(report(untilFeasible ? "Timefold (until feasible)" : "Timefold (" + budget + " s)",
          Roster.of(plan, assignments), people, rules, nanos));
    }
    return out.toString();
  }

  private static String report(String name, Roster roster, List<DutyPerson> people, List<RosterRule> rules, long nanos) {
    long hard = RosterValidator.validate(roster, people, rules).stream().filter(v -> v.hard()).count();
    StringBuilder pools = new StringBuilder();
    for (Fairness.Pool p : roster.fairness(people).pools()) {
      pools.append(String.format(Locale.ROOT, " %s spread %.1f sd %.2f;", p.role(), p.spread(), p.standardDeviation()));
    }
    return String.format(Locale.ROOT, "| %s | %.3f s | %d hard violations |%s%n", name, nanos / 1e9, hard, pools);
  }
}
