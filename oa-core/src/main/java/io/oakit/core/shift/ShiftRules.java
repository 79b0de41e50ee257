package io.oakit.core.shift;

import java.util.List;

/**
 * The rules of a {@link ShiftProblem} over arrays, shared by the schedule's validator and the optimiser so that
 * both count the same way. The horizon's edges read as the benchmark's model reads them: what lies outside the
 * horizon is not known, so a run of shifts or of days off that touches either edge may go on outside it and is
 * never too short; a run with a day on each side inside the horizon must be long enough, and the maximum run
 * counts the days inside. Read this way the optimiser and CP-SAT both reach the proven optima of instances 1 and
 * 2 (607, 828); read with days off outside (a short run of shifts at an edge refused) CP-SAT found nothing below
 * 833 on instance 2 in 900 seconds.
 */
final class ShiftRules {

  private ShiftRules() {}

  /** A cell no fixed assignment holds. */
  static final int FREE = -2;

  /** The problem compiled to arrays once, for the optimiser's inner loop. */
  static final class Compiled {
    final ShiftProblem problem;
    final int staff;
    final int days;
    final int shifts;
    final int[] minutes;
    final int shortest;
    final boolean[][] cannotFollow;
    final int[][] maxShifts;
    final int[] maxMinutes;
    final int[] minMinutes;
    final int[] maxRun;
    final int[] minRun;
    final int[] minOff;
    final int[] maxWeekends;
    final boolean[][] dayOff;
    final int[][][] onWeight;
    final int[][][] offWeight;
    final int[][] require;
    final int[][] under;
    final int[][] over;
    final boolean[][] hardCover;
    final boolean anyHardCover;
    /** Per staff and day, the fixed value ({@link ShiftSchedule#OFF} or a shift), or {@link #FREE}. */
    final int[][] fixed;
    final int[] weekendOf;
    final int weekends;
    /** Per staff, their fairness targets: shift index (-1: any), count, weight. */
    final int[][][] targets;

    Compiled(ShiftProblem p) {
      problem = p;
      staff = p.staff().size();
      days = p.days();
      shifts = p.shifts().size();
      minutes = new int[shifts];
      int min = Integer.MAX_VALUE;
      cannotFollow = new boolean[shifts][shifts];
      for (int k = 0; k < shifts; k++) {
        minutes[k] = p.shifts().get(k).minutes();
        min = Math.min(min, minutes[k]);
        for (String f : p.shifts().get(k).cannotFollow()) {
          cannotFollow[k][p.shiftIndex(f).orElseThrow()] = true;
        }
      }
      // a minimum rest forbids a timed shift after another that ends too late the day before
      for (int k = 0; k < shifts && p.minRestMinutes() > 0; k++) {
        ShiftProblem.ShiftType a = p.shifts().get(k);
        for (int j = 0; j < shifts; j++) {
          ShiftProblem.ShiftType b = p.shifts().get(j);
          if (a.start().isPresent() && b.start().isPresent()) {
            int end = a.start().get().toSecondOfDay() / 60 + a.minutes();
            int next = 1_440 + b.start().get().toSecondOfDay() / 60;
            cannotFollow[k][j] |= next - end < p.minRestMinutes();
          }
        }
      }
      shortest = shifts == 0 ? 1 : min;
      maxShifts = new int[staff][shifts];
      maxMinutes = new int[staff];
      minMinutes = new int[staff];
      maxRun = new int[staff];
      minRun = new int[staff];
      minOff = new int[staff];
      maxWeekends = new int[staff];
      dayOff = new boolean[staff][days];
      onWeight = new int[staff][days][shifts];
      offWeight = new int[staff][days][shifts];
      for (int s = 0; s < staff; s++) {
        ShiftProblem.Staff m = p.staff().get(s);
        for (int k = 0; k < shifts; k++) {
          maxShifts[s][k] = m.maxShifts().getOrDefault(p.shifts().get(k).id(), Integer.MAX_VALUE);
        }
        maxMinutes[s] = m.maxMinutes();
        minMinutes[s] = m.minMinutes();
        maxRun[s] = m.maxConsecutive();
        minRun[s] = m.minConsecutive();
        minOff[s] = m.minConsecutiveDaysOff();
        maxWeekends[s] = m.maxWeekends();
        for (int d : m.daysOff()) {
          dayOff[s][d] = true;
        }
      }
      for (ShiftProblem.Request r : p.onRequests()) {
        onWeight[p.staffIndex(r.staff()).orElseThrow()][r.day()][p.shiftIndex(r.shift()).orElseThrow()] += r.weight();
      }
      for (ShiftProblem.Request r : p.offRequests()) {
        offWeight[p.staffIndex(r.staff()).orElseThrow()][r.day()][p.shiftIndex(r.shift()).orElseThrow()] += r.weight();
      }
      require = new int[days][shifts];
      under = new int[days][shifts];
      over = new int[days][shifts];
      hardCover = new boolean[days][shifts];
      boolean any = false;
      for (ShiftProblem.Cover c : p.cover()) {
        int k = p.shiftIndex(c.shift()).orElseThrow();
        require[c.day()][k] = c.requirement();
        hardCover[c.day()][k] = c.hard();
        under[c.day()][k] = c.hard() ? 0 : c.underWeight();
        over[c.day()][k] = c.hard() ? 0 : c.overWeight();
        any |= c.hard();
      }
      anyHardCover = any;
      fixed = new int[staff][days];
      for (int[] row : fixed) {
        java.util.Arrays.fill(row, FREE);
      }
      for (ShiftProblem.Fixed f : p.fixed()) {
        fixed[p.staffIndex(f.staff()).orElseThrow()][f.day()] =
            f.shift().map(id -> p.shiftIndex(id).orElseThrow()).orElse(ShiftSchedule.OFF);
      }
      List<List<int[]>> t = new java.util.ArrayList<>();
      for (int i = 0; i < staff; i++) {
        t.add(new java.util.ArrayList<>());
      }
      for (ShiftProblem.Target g : p.targets()) {
        t.get(p.staffIndex(g.staff()).orElseThrow()).add(new int[] {
            g.shift().map(id -> p.shiftIndex(id).orElseThrow()).orElse(-1), g.count(), g.weight()});
      }
      targets = new int[staff][][];
      for (int i = 0; i < staff; i++) {
        targets[i] = t.get(i).toArray(new int[0][]);
      }
      weekendOf = new int[days];
      int w = 0;
      for (int d = 0; d < days; d++) {
        weekendOf[d] = p.weekendOf(d);
        w = Math.max(w, weekendOf[d] + 1);
      }
      weekends = w;
    }

    /** How far a staff row breaks the hard rules (0: not at all); a sum of amounts, each at least 1 per break. */
    int hard(int s, int[] row) {
      return hard(s, row, null);
    }

    /**
     * How far a staff row breaks the hard rules, and when {@code out} is given, a readable line per break: one path
     * for the optimiser's count and the validator's report, so they cannot disagree.
     */
    int hard(int s, int[] row, List<String> out) {
      String id = out == null ? null : problem.staff().get(s).id();
      int amount = 0;
      int[] count = new int[shifts];
      int total = 0;
      int worked = 0;
      int lastWeekend = -1;
      for (int d = 0; d < days; d++) {
        int v = row[d];
        if (fixed[s][d] != FREE && fixed[s][d] != v) {
          amount++;
          if (out != null) {
            out.add(id + (v < 0 ? " is off" : " works " + shiftId(v)) + " on day " + d + ", fixed to "
                + (fixed[s][d] < 0 ? "a day off" : shiftId(fixed[s][d])));
          }
        }
        if (v >= 0 && weekendOf[d] >= 0 && weekendOf[d] != lastWeekend) {
          worked++;
          lastWeekend = weekendOf[d];
        }
        if (v >= 0) {
          count[v]++;
          total += minutes[v];
          if (dayOff[s][d]) {
            amount++;
            if (out != null) {
              out.add(id + " works on day " + d + ", a day off");
            }
          }
          if (d + 1 < days && row[d + 1] >= 0 && cannotFollow[v][row[d + 1]]) {
            amount++;
            if (out != null) {
              out.add(id + " works " + shiftId(row[d + 1]) + " on day " + (d + 1) + " right after " + shiftId(v)
                  + " on day " + d);
            }
          }
        }
      }
      for (int k = 0; k < shifts; k++) {
        if (count[k] > maxShifts[s][k]) {
          amount += count[k] - maxShifts[s][k];
          if (out != null) {
            out.add(id + " works " + count[k] + " " + shiftId(k) + " shifts, at most " + maxShifts[s][k]);
          }
        }
      }
      if (total > maxMinutes[s]) {
        amount += (total - maxMinutes[s] + shortest - 1) / shortest;
        if (out != null) {
          out.add(id + " works " + total + " minutes, at most " + maxMinutes[s]);
        }
      }
      if (total < minMinutes[s]) {
        amount += (minMinutes[s] - total + shortest - 1) / shortest;
        if (out != null) {
          out.add(id + " works " + total + " minutes, at least " + minMinutes[s]);
        }
      }
      // a weekend is worked when its Saturday or its Sunday is
      if (worked > maxWeekends[s]) {
        amount += worked - maxWeekends[s];
        if (out != null) {
          out.add(id + " works " + worked + " weekends, at most " + maxWeekends[s]);
        }
      }
      int d = 0;
      while (d < days) {
        boolean working = row[d] >= 0;
        int e = runEnd(row, d);
        int run = e - d;
        if (working && run > maxRun[s]) {
          amount += run - maxRun[s];
          if (out != null) {
            out.add(id + " works " + run + " days in a row from day " + d + ", at most " + maxRun[s]);
          }
        }
        // a run at an edge may go on outside the horizon
        boolean inside = d > 0 && e < days;
        if (working && run < minRun[s] && inside) {
          amount += minRun[s] - run;
          if (out != null) {
            out.add(id + " works " + run + " days in a row from day " + d + ", at least " + minRun[s]);
          }
        }
        if (!working && run < minOff[s] && inside) {
          amount += minOff[s] - run;
          if (out != null) {
            out.add(id + " is off " + run + " days in a row from day " + d + ", at least " + minOff[s]);
          }
        }
        d = e;
      }
      return amount;
    }

    private String shiftId(int k) {
      return problem.shifts().get(k).id();
    }

    /** The row's own soft cost: the weights of its requests not granted, and its distance from its targets. */
    int requests(int s, int[] row) {
      int sum = 0;
      for (int d = 0; d < days; d++) {
        int v = row[d];
        for (int k = 0; k < shifts; k++) {
          if (onWeight[s][d][k] > 0 && v != k) {
            sum += onWeight[s][d][k];
          }
        }
        if (v >= 0) {
          sum += offWeight[s][d][v];
        }
      }
      for (int[] t : targets[s]) {
        sum += t[2] * Math.abs(worked(row, t[0]) - t[1]);
      }
      return sum;
    }

    /** How many shifts of type k (any type when k is -1) the row works. */
    static int worked(int[] row, int k) {
      int n = 0;
      for (int v : row) {
        n += v >= 0 && (k < 0 || v == k) ? 1 : 0;
      }
      return n;
    }

    /** The soft cost of one day and shift's cover with {@code count} people on it (0 for hard cover). */
    int coverCost(int d, int k, int count) {
      int r = require[d][k];
      return count < r ? (r - count) * under[d][k] : (count - r) * over[d][k];
    }

    /** How far one day and shift's hard cover is broken with {@code count} people on it (0 for soft cover). */
    int coverBreak(int d, int k, int count) {
      return hardCover[d][k] ? Math.abs(count - require[d][k]) : 0;
    }
  }

  /** The day after the run of work (or of days off) that begins on day {@code d}. */
  static int runEnd(int[] row, int d) {
    boolean working = row[d] >= 0;
    int e = d;
    while (e < row.length && (row[e] >= 0) == working) {
      e++;
    }
    return e;
  }

  /** The cover cost of every day and shift of a schedule. */
  static long cover(Compiled c, int[][] cells) {
    long sum = 0;
    for (int d = 0; d < c.days; d++) {
      for (int k = 0; k < c.shifts; k++) {
        sum += c.coverCost(d, k, onShift(cells, d, k));
      }
    }
    return sum;
  }

  private static int onShift(int[][] cells, int d, int k) {
    int n = 0;
    for (int[] row : cells) {
      n += row[d] == k ? 1 : 0;
    }
    return n;
  }

  static void explainRequests(ShiftProblem p, int[][] cells, List<String> out) {
    for (ShiftProblem.Request r : p.onRequests()) {
      int s = p.staffIndex(r.staff()).orElseThrow();
      int k = p.shiftIndex(r.shift()).orElseThrow();
      if (cells[s][r.day()] != k) {
        out.add(r.weight() + "  shift-on request not granted: " + r.staff() + " wanted " + r.shift() + " on day " + r.day());
      }
    }
    for (ShiftProblem.Request r : p.offRequests()) {
      int s = p.staffIndex(r.staff()).orElseThrow();
      int k = p.shiftIndex(r.shift()).orElseThrow();
      if (cells[s][r.day()] == k) {
        out.add(r.weight() + "  shift-off request not respected: " + r.staff() + " works " + r.shift() + " on day "
            + r.day());
      }
    }
  }

  /** How far the schedule's hard cover is broken, with a line per break when {@code out} is given. */
  static int coverBreaks(Compiled c, int[][] cells, List<String> out) {
    int amount = 0;
    for (int d = 0; c.anyHardCover && d < c.days; d++) {
      for (int k = 0; k < c.shifts; k++) {
        int n = onShift(cells, d, k);
        int b = c.coverBreak(d, k, n);
        if (b > 0) {
          amount += b;
          if (out != null) {
            out.add("day " + d + " shift " + c.problem.shifts().get(k).id() + " has " + n + " on it, exactly "
                + c.require[d][k] + " needed");
          }
        }
      }
    }
    return amount;
  }

  static void explainTargets(Compiled c, int[][] cells, List<String> out) {
    for (int s = 0; s < c.staff; s++) {
      for (int[] t : c.targets[s]) {
        int n = Compiled.worked(cells[s], t[0]);
        if (n != t[1]) {
          out.add(t[2] * Math.abs(n - t[1]) + "  share not kept: " + c.problem.staff().get(s).id() + " works " + n + " "
              + (t[0] < 0 ? "shifts" : c.problem.shifts().get(t[0]).id() + " shifts") + ", target " + t[1]);
        }
      }
    }
  }

  static void explainCover(Compiled c, int[][] cells, List<String> out) {
    for (int d = 0; d < c.days; d++) {
      for (int k = 0; k < c.shifts; k++) {
        int n = onShift(cells, d, k);
        int cost = c.coverCost(d, k, n);
        if (cost > 0) {
          out.add(cost + "  cover of day " + d + " shift " + c.problem.shifts().get(k).id() + ": " + n + " for "
              + c.require[d][k] + " needed");
        }
      }
    }
  }
}
