package io.oakit.core.shift;

import java.util.List;

/**
 * The rules of a {@link ShiftProblem} over arrays, shared by the schedule's validator and the optimiser so that
 * both count the same way. Outside the horizon is taken as days off, as the benchmark does: a run of shifts at
 * either edge must still be long enough (the days off around it do not lengthen it), while a run of days off at
 * either edge is never too short (it goes on outside). Read this way the solver reaches the benchmark's proven
 * optimum of instance 1 (607), which the stricter reading (a day worked outside) cannot.
 */
final class ShiftRules {

  private ShiftRules() {}

  /** The problem compiled to arrays once, for the optimiser's inner loop. */
  static final class Compiled {
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

    Compiled(ShiftProblem p) {
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
      for (ShiftProblem.Cover c : p.cover()) {
        int k = p.shiftIndex(c.shift()).orElseThrow();
        require[c.day()][k] = c.requirement();
        under[c.day()][k] = c.underWeight();
        over[c.day()][k] = c.overWeight();
      }
    }

    /** How far a staff row breaks the hard rules (0: not at all); a sum of amounts, each at least 1 per break. */
    int hard(int s, int[] row) {
      int amount = 0;
      int[] count = new int[shifts];
      int total = 0;
      int weekends = 0;
      for (int d = 0; d < days; d++) {
        int v = row[d];
        if (v >= 0) {
          count[v]++;
          total += minutes[v];
          if (dayOff[s][d]) {
            amount++;
          }
          if (d + 1 < days && row[d + 1] >= 0 && cannotFollow[v][row[d + 1]]) {
            amount++;
          }
        }
        if (d % 7 == 5 && (v >= 0 || (d + 1 < days && row[d + 1] >= 0))) {
          weekends++;
        } else if (d % 7 == 6 && d == 0 && v >= 0) {
          weekends++;
        }
      }
      for (int k = 0; k < shifts; k++) {
        amount += Math.max(0, count[k] - maxShifts[s][k]);
      }
      if (total > maxMinutes[s]) {
        amount += (total - maxMinutes[s] + shortest - 1) / shortest;
      }
      if (total < minMinutes[s]) {
        amount += (minMinutes[s] - total + shortest - 1) / shortest;
      }
      amount += Math.max(0, weekends - maxWeekends[s]);
      int d = 0;
      while (d < days) {
        boolean working = row[d] >= 0;
        int e = runEnd(row, d);
        int run = e - d;
        if (working) {
          amount += Math.max(0, run - maxRun[s]) + Math.max(0, minRun[s] - run);
        } else if (d > 0 && e < days) {
          amount += Math.max(0, minOff[s] - run);  // a run of days off at an edge goes on outside the horizon
        }
        d = e;
      }
      return amount;
    }

    /** The weights of the staff row's requests not granted. */
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
      return sum;
    }

    /** The cost of one day and shift's cover with {@code count} people on it. */
    int coverCost(int d, int k, int count) {
      int r = require[d][k];
      return count < r ? (r - count) * under[d][k] : (count - r) * over[d][k];
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

  static int staffHard(ShiftProblem p, int s, int[] row) {
    return new Compiled(p).hard(s, row);
  }

  static int staffRequests(ShiftProblem p, int s, int[] row) {
    return new Compiled(p).requests(s, row);
  }

  static long cover(ShiftProblem p, int[][] cells) {
    Compiled c = new Compiled(p);
    long sum = 0;
    for (int d = 0; d < c.days; d++) {
      for (int k = 0; k < c.shifts; k++) {
        int n = 0;
        for (int[] row : cells) {
          n += row[d] == k ? 1 : 0;
        }
        sum += c.coverCost(d, k, n);
      }
    }
    return sum;
  }

  /** Every hard rule a staff row breaks, as readable lines. */
  static void staffViolations(ShiftProblem p, int s, int[] row, List<String> out) {
    ShiftProblem.Staff m = p.staff().get(s);
    int days = p.days();
    int[] count = new int[p.shifts().size()];
    int total = 0;
    int weekends = 0;
    for (int d = 0; d < days; d++) {
      int v = row[d];
      if (v >= 0) {
        count[v]++;
        total += p.shifts().get(v).minutes();
        if (m.daysOff().contains(d)) {
          out.add(m.id() + " works on day " + d + ", a day off");
        }
        if (d + 1 < days && row[d + 1] >= 0
            && p.shifts().get(v).cannotFollow().contains(p.shifts().get(row[d + 1]).id())) {
          out.add(m.id() + " works " + p.shifts().get(row[d + 1]).id() + " on day " + (d + 1) + " right after "
              + p.shifts().get(v).id() + " on day " + d);
        }
      }
      if ((d % 7 == 5 && (v >= 0 || (d + 1 < days && row[d + 1] >= 0))) || (d % 7 == 6 && d == 0 && v >= 0)) {
        weekends++;
      }
    }
    for (int k = 0; k < count.length; k++) {
      Integer max = m.maxShifts().get(p.shifts().get(k).id());
      if (max != null && count[k] > max) {
        out.add(m.id() + " works " + count[k] + " " + p.shifts().get(k).id() + " shifts, at most " + max);
      }
    }
    if (total > m.maxMinutes()) {
      out.add(m.id() + " works " + total + " minutes, at most " + m.maxMinutes());
    }
    if (total < m.minMinutes()) {
      out.add(m.id() + " works " + total + " minutes, at least " + m.minMinutes());
    }
    if (weekends > m.maxWeekends()) {
      out.add(m.id() + " works " + weekends + " weekends, at most " + m.maxWeekends());
    }
    int d = 0;
    while (d < days) {
      boolean working = row[d] >= 0;
      int e = runEnd(row, d);
      int run = e - d;
      if (working && run > m.maxConsecutive()) {
        out.add(m.id() + " works " + run + " days in a row from day " + d + ", at most " + m.maxConsecutive());
      }
      if (working && run < m.minConsecutive()) {
        out.add(m.id() + " works " + run + " days in a row from day " + d + ", at least " + m.minConsecutive());
      }
      if (!working && run < m.minConsecutiveDaysOff() && d > 0 && e < days) {
        out.add(m.id() + " is off " + run + " days in a row from day " + d + ", at least " + m.minConsecutiveDaysOff());
      }
      d = e;
    }
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

  static void explainCover(ShiftProblem p, int[][] cells, List<String> out) {
    Compiled c = new Compiled(p);
    for (int d = 0; d < c.days; d++) {
      for (int k = 0; k < c.shifts; k++) {
        int n = 0;
        for (int[] row : cells) {
          n += row[d] == k ? 1 : 0;
        }
        int cost = c.coverCost(d, k, n);
        if (cost > 0) {
          out.add(cost + "  cover of day " + d + " shift " + p.shifts().get(k).id() + ": " + n + " for "
              + c.require[d][k] + " needed");
        }
      }
    }
  }
}
