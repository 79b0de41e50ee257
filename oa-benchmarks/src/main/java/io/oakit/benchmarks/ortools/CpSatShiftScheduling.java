package io.oakit.benchmarks.ortools;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import io.oakit.core.shift.ShiftProblem;
import io.oakit.core.shift.ShiftSchedule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Curtois &amp; Qu instances modelled for OR-tools CP-SAT 9.12, beside {@code ShiftSchedulingRun} on the same
 * machine: one Boolean per person, day and shift, the benchmark's hard rules as linear constraints and clauses (the
 * horizon's edges read as the library reads them: a run at an edge may go on outside), its objective as a weighted
 * sum. The schedule found is checked with the library's validator and its objective recomputed there. Prints
 * objective, CP-SAT's bound, status, validity and time per instance.
 *
 * <pre>java -cp … io.oakit.benchmarks.ortools.CpSatShiftScheduling ../shared/data/shift-scheduling 60 2 [Instance2,…]</pre>
 */
public final class CpSatShiftScheduling {

  private static final Map<String, Long> BEST_KNOWN = Map.of("Instance1", 607L, "Instance2", 828L, "Instance4", 1716L,
      "Instance5", 1143L);

  private CpSatShiftScheduling() {}

  /**
   * @param args the instances' directory, the time limit in seconds, the number of workers
   * @throws IOException if an instance cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/shift-scheduling");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 60;
    int workers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Loader.loadNativeLibraries();
    System.out.println("| instance | CP-SAT objective | bound | best known | gap | status | valid (OA Kit validator) | seconds |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | --- | --- | ---: |");
    for (String name : (args.length > 3 ? args[3] : "Instance1,Instance2,Instance4,Instance5").split(",")) {
      ShiftProblem p = io.oakit.benchmarks.ShiftSchedulingRun.instance(dir, name);
      long t = System.nanoTime();
      Solved s = solve(p, seconds, workers);
      double took = (System.nanoTime() - t) / 1e9;
      long best = BEST_KNOWN.get(name);
      String line;
      if (s.schedule == null) {
        line = String.format(Locale.ROOT, "| %s | — | %.0f | %,d | — | %s | — | %.1f |", name, s.bound, best, s.status, took);
      } else {
        line = String.format(Locale.ROOT, "| %s | %,d | %.0f | %,d | %.1f%% | %s | %s | %.1f |", name,
            s.schedule.objective(), s.bound, best, 100.0 * (s.schedule.objective() - best) / best, s.status,
            s.schedule.isValid() ? "yes" : "no: " + s.schedule.violations(), took);
      }
      System.out.println(line);
    }
  }

  /** What CP-SAT found. */
  record Solved(ShiftSchedule schedule, double bound, CpSolverStatus status) {}

  static Solved solve(ShiftProblem p, double seconds, int workers) {
    CpModel m = new CpModel();
    int staff = p.staff().size();
    int days = p.days();
    int shifts = p.shifts().size();
    BoolVar[][][] x = new BoolVar[staff][days][shifts];
    BoolVar[][] w = new BoolVar[staff][days];
    LinearExprBuilder cost = LinearExpr.newBuilder();
    long constant = 0;
    for (int s = 0; s < staff; s++) {
      ShiftProblem.Staff e = p.staff().get(s);
      for (int d = 0; d < days; d++) {
        LinearExprBuilder any = LinearExpr.newBuilder();
        for (int k = 0; k < shifts; k++) {
          x[s][d][k] = m.newBoolVar("x" + s + "_" + d + "_" + k);
          any.add(x[s][d][k]);
        }
        w[s][d] = m.newBoolVar("w" + s + "_" + d);
        m.addEquality(any, w[s][d]);
        if (e.daysOff().contains(d)) {
          m.addEquality(w[s][d], 0);
        }
      }
      for (ShiftProblem.Fixed f : p.fixed()) {
        if (f.staff().equals(e.id())) {
          if (f.shift().isPresent()) {
            m.addEquality(x[s][f.day()][p.shiftIndex(f.shift().get()).orElseThrow()], 1);
          } else {
            m.addEquality(w[s][f.day()], 0);
          }
        }
      }
      LinearExprBuilder minutes = LinearExpr.newBuilder();
      for (int k = 0; k < shifts; k++) {
        LinearExprBuilder n = LinearExpr.newBuilder();
        for (int d = 0; d < days; d++) {
          n.add(x[s][d][k]);
          minutes.addTerm(x[s][d][k], p.shifts().get(k).minutes());
        }
        Integer max = e.maxShifts().get(p.shifts().get(k).id());
        if (max != null) {
          m.addLessOrEqual(n, max);
        }
      }
      m.addLessOrEqual(minutes, e.maxMinutes());
      m.addGreaterOrEqual(minutes, e.minMinutes());
      for (int d = 0; d + 1 < days; d++) {
        for (int k = 0; k < shifts; k++) {
          for (String f : p.shifts().get(k).cannotFollow()) {
            int j = p.shiftIndex(f).orElseThrow();
            m.addBoolOr(new Literal[] {x[s][d][k].not(), x[s][d + 1][j].not()});
          }
        }
      }
      // at most maxConsecutive shifts in any window of maxConsecutive + 1 days
      for (int d = 0; d + e.maxConsecutive() < days; d++) {
        LinearExprBuilder window = LinearExpr.newBuilder();
        for (int i = d; i <= d + e.maxConsecutive(); i++) {
          window.add(w[s][i]);
        }
        m.addLessOrEqual(window, e.maxConsecutive());
      }
      // no run of shifts between two days off shorter than minConsecutive (a run at an edge may go on outside)
      for (int len = 1; len < e.minConsecutive(); len++) {
        for (int d = 1; d + len < days; d++) {
          List<Literal> clause = new ArrayList<>();
          clause.add(w[s][d - 1]);
          for (int i = d; i < d + len; i++) {
            clause.add(w[s][i].not());
          }
          clause.add(w[s][d + len]);
          m.addBoolOr(clause);
        }
      }
      // no run of days off between two shifts shorter than minConsecutiveDaysOff
      for (int len = 1; len < e.minConsecutiveDaysOff(); len++) {
        for (int d = 1; d + len < days; d++) {
          List<Literal> clause = new ArrayList<>();
          clause.add(w[s][d - 1].not());
          for (int i = d; i < d + len; i++) {
            clause.add(w[s][i]);
          }
          clause.add(w[s][d + len].not());
          m.addBoolOr(clause);
        }
      }
      LinearExprBuilder weekends = LinearExpr.newBuilder();
      for (int d = 5; d < days; d += 7) {
        BoolVar worked = m.newBoolVar("we" + s + "_" + d);
        List<LinearExpr> both = new ArrayList<>();
        both.add(LinearExpr.term(w[s][d], 1));
        if (d + 1 < days) {
          both.add(LinearExpr.term(w[s][d + 1], 1));
        }
        m.addMaxEquality(worked, both);
        weekends.add(worked);
      }
      m.addLessOrEqual(weekends, e.maxWeekends());
    }
    for (ShiftProblem.Request r : p.onRequests()) {
      BoolVar v = x[p.staffIndex(r.staff()).orElseThrow()][r.day()][p.shiftIndex(r.shift()).orElseThrow()];
      constant += r.weight();
      cost.addTerm(v, -r.weight());
    }
    for (ShiftProblem.Request r : p.offRequests()) {
      cost.addTerm(x[p.staffIndex(r.staff()).orElseThrow()][r.day()][p.shiftIndex(r.shift()).orElseThrow()], r.weight());
    }
    for (ShiftProblem.Cover c : p.cover()) {
      int k = p.shiftIndex(c.shift()).orElseThrow();
      LinearExprBuilder on = LinearExpr.newBuilder();
      for (int s = 0; s < staff; s++) {
        on.add(x[s][c.day()][k]);
      }
      IntVar under = m.newIntVar(0, c.requirement(), "u" + c.day() + "_" + k);
      IntVar over = m.newIntVar(0, staff, "o" + c.day() + "_" + k);
      // on + under - over = requirement
      m.addEquality(LinearExpr.newBuilder().add(on).add(under).addTerm(over, -1), c.requirement());
      cost.addTerm(under, c.underWeight());
      cost.addTerm(over, c.overWeight());
    }
    cost.add(constant);
    m.minimize(cost);
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(workers).setRandomSeed(1);
    CpSolverStatus status = solver.solve(m);
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      return new Solved(null, solver.bestObjectiveBound(), status);
    }
    int[][] cells = new int[staff][days];
    for (int s = 0; s < staff; s++) {
      for (int d = 0; d < days; d++) {
        cells[s][d] = ShiftSchedule.OFF;
        for (int k = 0; k < shifts; k++) {
          if (solver.value(x[s][d][k]) == 1) {
            cells[s][d] = k;
          }
        }
      }
    }
    return new Solved(new ShiftSchedule(p, cells), solver.bestObjectiveBound(), status);
  }
}
