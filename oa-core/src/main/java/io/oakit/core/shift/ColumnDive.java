package io.oakit.core.shift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A schedule from the linear relaxation, for small problems without fairness targets: each person's schedule is one
 * of their valid rows (a column), the cover is what the chosen rows add up to, and the relaxation lets a person hold
 * a fraction of several rows. Column generation solves the relaxation — a primal simplex over the rows met so far,
 * and new rows priced by {@link BestRow} with the cover rows' dual values taken off each cell's cost — and a dive
 * makes it whole: the people whose relaxation is already one row keep it, else the one nearest to a whole row is
 * fixed to it, and the relaxation is solved again until everyone has a row. Local search moves one to a few people at
 * a time and can sit in an optimum that only a reshuffle of half the staff leaves; the relaxation sees everyone's
 * rows at once. The work is bounded by a count of basic operations, never a clock, so the result is deterministic.
 * Not thread-safe: one per search.
 */
final class ColumnDive {

  /** Larger problems (people plus cover lines) are not tried. */
  static final int MAX_ROWS = 400;
  private static final double EPS = 1e-9;
  /** Pricing runs in integers: costs in millionths. */
  private static final double SCALE = 1_000_000;
  /** What a person short or over on a hard cover costs in the relaxation. */
  private static final double HARD_SLACK = 1_000_000;
  private static final int REFACTOR_EVERY = 50;
  private static final int DEGENERATE_BEFORE_BLAND = 50;

  private final ShiftRules.Compiled c;
  private final BestRow best;
  private final int staff;
  private final int covers;
  private final int m;
  private final double[] b;
  private final double[] slackCost;
  private final List<int[]> rows = new ArrayList<>();
  private final List<Integer> owner = new ArrayList<>();
  private final List<Double> cost = new ArrayList<>();
  /** Each column's index by its person and row. */
  private final Map<String, Integer> index = new HashMap<>();
  private final int[] fixedTo;
  private final long[][] cellCost;
  private final int[] rowBuf;
  /** Basic operations left: a pivot costs m², a refactoring 2m³, a row priced its state machine's size × days × values. */
  private long workLeft;

  // the current basis
  private int[] basis;
  private double[][] binv;
  private double[] xb;
  private boolean[] basic;

  private ColumnDive(ShiftRules.Compiled c, long work) {
    this.c = c;
    this.best = new BestRow(c);
    staff = c.staff;
    covers = c.days * c.shifts;
    m = staff + covers;
    b = new double[m];
    slackCost = new double[2 * covers];
    for (int s = 0; s < staff; s++) {
      b[s] = 1;
    }
    for (int d = 0; d < c.days; d++) {
      for (int k = 0; k < c.shifts; k++) {
        int r = d * c.shifts + k;
        b[staff + r] = c.require[d][k];
        slackCost[r] = c.hardCover[d][k] ? HARD_SLACK : c.under[d][k];
        slackCost[covers + r] = c.hardCover[d][k] ? HARD_SLACK : c.over[d][k];
      }
    }
    fixedTo = new int[staff];
    Arrays.fill(fixedTo, -1);
    cellCost = new long[c.days][c.shifts + 1];
    rowBuf = new int[c.days];
    workLeft = work;
  }

  /**
   * What the dive found.
   *
   * @param cells the schedule: every row valid for its person, the cover as it falls
   * @param lowerBound no valid schedule of the problem costs less: the relaxation's value less what rounding the
   *     prices could hide, rounded up (the objective is a whole number)
   */
  record Dive(int[][] cells, long lowerBound) {}

  /**
   * @param c the problem
   * @param start a schedule whose valid rows seed the columns (a person without one gets their cheapest valid row)
   * @param work the most basic operations (a pivot counts m² for m lines, a refactoring 2m³, a row priced the size
   *     of the person's state machine × days × values)
   * @return the dive, or null when the problem is too large, has fairness targets, a person has no valid row, or
   *     the work ran out first
   */
  static Dive dive(ShiftRules.Compiled c, int[][] start, long work) {
    return applies(c) ? new ColumnDive(c, work).run(start) : null;
  }

  /** Whether the problem is small enough and has no fairness targets (a row's cost must be its cells' costs). */
  static boolean applies(ShiftRules.Compiled c) {
    if (c.staff + c.days * c.shifts > MAX_ROWS || c.staff == 0) {
      return false;
    }
    for (int[][] t : c.targets) {
      if (t.length > 0) {
        return false;
      }
    }
    return true;
  }

  private Dive run(int[][] start) {
    int[] seed = new int[staff];
    for (int s = 0; s < staff; s++) {
      if (best.machine(s) == null) {
        return null;
      }
      int j = c.hard(s, start[s]) == 0 ? columnOf(s, start[s].clone()) : cheapest(s);
      if (j < 0) {
        return null;
      }
      seed[s] = j;
    }
    int fixedCount = 0;
    long bound = Long.MIN_VALUE;
    while (fixedCount < staff) {
      if (!solve(seed)) {
        return null;
      }
      if (bound == Long.MIN_VALUE) {
        // column generation ended: no row prices below zero but for what rounding each cell could hide
        double value = 0;
        for (int i = 0; i < m; i++) {
          value += costOf(basis[i]) * xb[i];
        }
        bound = (long) Math.ceil(value - staff * (c.days / SCALE + 1e-6) - 1e-6);
      }
      // each person's largest share, and the people already whole
      double nearest = -1;
      int nearestStaff = -1;
      int[] largest = new int[staff];
      double[] share = new double[staff];
      Arrays.fill(largest, -1);
      for (int i = 0; i < m; i++) {
        int v = basis[i];
        if (v >= 2 * covers) {
          int j = v - 2 * covers;
          int s = owner.get(j);
          if (xb[i] > share[s] + EPS || (largest[s] < 0 && xb[i] > EPS)) {
            share[s] = xb[i];
            largest[s] = j;
          }
        }
      }
      boolean any = false;
      for (int s = 0; s < staff; s++) {
        if (fixedTo[s] < 0 && largest[s] >= 0) {
          if (share[s] > 1 - 1e-6) {
            fixedTo[s] = largest[s];
            fixedCount++;
            any = true;
          } else if (share[s] > nearest + EPS) {
            nearest = share[s];
            nearestStaff = s;
          }
        }
      }
      if (!any) {
        if (nearestStaff < 0) {
          return null;
        }
        fixedTo[nearestStaff] = largest[nearestStaff];
        fixedCount++;
      }
      for (int s = 0; s < staff; s++) {
        seed[s] = fixedTo[s] >= 0 ? fixedTo[s] : largest[s] >= 0 ? largest[s] : seed[s];
      }
    }
    int[][] cells = new int[staff][];
    for (int s = 0; s < staff; s++) {
      cells[s] = rows.get(fixedTo[s]).clone();
    }
    return new Dive(cells, bound);
  }

  /** The column of a person's row, added when it is new. */
  private int columnOf(int s, int[] row) {
    return index.computeIfAbsent(s + ":" + Arrays.toString(row), k -> {
      rows.add(row);
      owner.add(s);
      cost.add((double) c.requests(s, row));
      return rows.size() - 1;
    });
  }

  /** The column of the person's cheapest valid row with no duals: -1 if they have none. */
  private int cheapest(int s) {
    price(s, new double[m]);
    return best.solve(s, cellCost, rowBuf) == Long.MAX_VALUE ? -1 : columnOf(s, rowBuf.clone());
  }

  /** Fills the cell costs of person s's pricing: requests not granted, less the cover rows' duals. */
  private void price(int s, double[] y) {
    for (int d = 0; d < c.days; d++) {
      long on = 0;
      for (int k = 0; k < c.shifts; k++) {
        on += c.onWeight[s][d][k];
      }
      cellCost[d][0] = Math.round(SCALE * on);
      for (int k = 0; k < c.shifts; k++) {
        double v = on - c.onWeight[s][d][k] + c.offWeight[s][d][k] - y[staff + d * c.shifts + k];
        cellCost[d][k + 1] = Math.round(SCALE * v);
      }
    }
  }

  private int variables() {
    return 2 * covers + rows.size();
  }

  private boolean allowed(int v) {
    if (v < 2 * covers) {
      return true;
    }
    int j = v - 2 * covers;
    int s = owner.get(j);
    return fixedTo[s] < 0 || fixedTo[s] == j;
  }

  private double costOf(int v) {
    return v < 2 * covers ? slackCost[v] : cost.get(v - 2 * covers);
  }

  /** The variable's column, dense. */
  private void column(int v, double[] out) {
    Arrays.fill(out, 0);
    if (v < covers) {
      out[staff + v] = 1;
    } else if (v < 2 * covers) {
      out[staff + v - covers] = -1;
    } else {
      int j = v - 2 * covers;
      out[owner.get(j)] = 1;
      int[] row = rows.get(j);
      for (int d = 0; d < c.days; d++) {
        if (row[d] >= 0) {
          out[staff + d * c.shifts + row[d]] += 1;
        }
      }
    }
  }

  /** y·a for the variable, without building its column. */
  private double dualDot(int v, double[] y) {
    if (v < covers) {
      return y[staff + v];
    }
    if (v < 2 * covers) {
      return -y[staff + v - covers];
    }
    int j = v - 2 * covers;
    double sum = y[owner.get(j)];
    int[] row = rows.get(j);
    for (int d = 0; d < c.days; d++) {
      if (row[d] >= 0) {
        sum += y[staff + d * c.shifts + row[d]];
      }
    }
    return sum;
  }

  /**
   * Solves the relaxation with the fixed people held to their rows, by column generation from a basis of one row
   * per person (the seed's) and a slack per cover line.
   *
   * @return false when the work ran out
   */
  private boolean solve(int[] seed) {
    basis = new int[m];
    int[] count = new int[covers];
    for (int s = 0; s < staff; s++) {
      basis[s] = 2 * covers + seed[s];
      int[] row = rows.get(seed[s]);
      for (int d = 0; d < c.days; d++) {
        if (row[d] >= 0) {
          count[d * c.shifts + row[d]]++;
        }
      }
    }
    for (int r = 0; r < covers; r++) {
      basis[staff + r] = count[r] <= b[staff + r] ? r : covers + r;
    }
    refactor();
    double[] y = new double[m];
    double[] a = new double[m];
    double[] dir = new double[m];
    int sinceRefactor = 0;
    int degenerate = 0;
    while (true) {
      duals(y);
      boolean bland = degenerate > DEGENERATE_BEFORE_BLAND;
      int entering = -1;
      double bestRc = -1e-7;
      for (int v = 0; v < variables(); v++) {
        if (basic[v] || !allowed(v)) {
          continue;
        }
        double rc = costOf(v) - dualDot(v, y);
        if (rc < bestRc) {
          entering = v;
          bestRc = rc;
          if (bland) {
            break;
          }
        }
      }
      if (entering < 0) {
        // no column met so far improves: price new rows
        int added = 0;
        for (int s = 0; s < staff; s++) {
          if (fixedTo[s] >= 0) {
            continue;
          }
          workLeft -= best.machine(s).states * c.days * (c.shifts + 1L);
          if (workLeft < 0) {
            return false;
          }
          price(s, y);
          if (best.solve(s, cellCost, rowBuf) == Long.MAX_VALUE) {
            continue;
          }
          double rc = c.requests(s, rowBuf) - y[s];
          for (int d = 0; d < c.days; d++) {
            if (rowBuf[d] >= 0) {
              rc -= y[staff + d * c.shifts + rowBuf[d]];
            }
          }
          int before = rows.size();
          if (rc < -1e-6 && columnOf(s, rowBuf.clone()) == before) {
            added++;
          }
        }
        if (added == 0) {
          return true;
        }
        growBasic();
        continue;
      }
      column(entering, a);
      multiply(a, dir);
      int leave = -1;
      double ratio = Double.MAX_VALUE;
      for (int i = 0; i < m; i++) {
        if (dir[i] > EPS) {
          double t = Math.max(0, xb[i]) / dir[i];
          if (t < ratio - EPS || (t < ratio + EPS && leave >= 0 && (bland ? basis[i] < basis[leave]
              : dir[i] > dir[leave]))) {
            ratio = t;
            leave = i;
          }
        }
      }
      if (leave < 0) {
        return false;  // unbounded: cannot happen with costs >= 0
      }
      workLeft -= (long) m * m;
      if (workLeft < 0) {
        return false;
      }
      degenerate = ratio < EPS ? degenerate + 1 : 0;
      pivot(leave, entering, dir, ratio);
      if (++sinceRefactor >= REFACTOR_EVERY) {
        refactor();
        sinceRefactor = 0;
      }
    }
  }

  private void growBasic() {
    boolean[] next = new boolean[variables()];
    System.arraycopy(basic, 0, next, 0, basic.length);
    basic = next;
  }

  private void duals(double[] y) {
    Arrays.fill(y, 0);
    for (int k = 0; k < m; k++) {
      double cb = costOf(basis[k]);
      if (cb != 0) {
        double[] row = binv[k];
        for (int i = 0; i < m; i++) {
          y[i] += cb * row[i];
        }
      }
    }
  }

  private void multiply(double[] a, double[] out) {
    for (int i = 0; i < m; i++) {
      double sum = 0;
      double[] row = binv[i];
      for (int j = 0; j < m; j++) {
        if (a[j] != 0) {
          sum += row[j] * a[j];
        }
      }
      out[i] = sum;
    }
  }

  private void pivot(int leave, int entering, double[] dir, double ratio) {
    for (int i = 0; i < m; i++) {
      xb[i] -= ratio * dir[i];
    }
    xb[leave] = ratio;
    double[] pr = binv[leave];
    double p = dir[leave];
    for (int j = 0; j < m; j++) {
      pr[j] /= p;
    }
    for (int i = 0; i < m; i++) {
      if (i != leave && dir[i] != 0) {
        double f = dir[i];
        double[] row = binv[i];
        for (int j = 0; j < m; j++) {
          if (pr[j] != 0) {
            row[j] -= f * pr[j];
          }
        }
      }
    }
    basic[basis[leave]] = false;
    basic[entering] = true;
    basis[leave] = entering;
  }

  /** The basis inverse and the basic values afresh, by Gauss-Jordan elimination. */
  private void refactor() {
    workLeft -= 2L * m * m * m;
    double[][] a = new double[m][2 * m];
    double[] col = new double[m];
    for (int k = 0; k < m; k++) {
      column(basis[k], col);
      for (int i = 0; i < m; i++) {
        a[i][k] = col[i];
      }
      a[k][m + k] = 1;
    }
    for (int p = 0; p < m; p++) {
      int pr = p;
      for (int i = p + 1; i < m; i++) {
        if (Math.abs(a[i][p]) > Math.abs(a[pr][p])) {
          pr = i;
        }
      }
      double[] t = a[p];
      a[p] = a[pr];
      a[pr] = t;
      double piv = a[p][p];
      for (int j = p; j < 2 * m; j++) {
        a[p][j] /= piv;
      }
      for (int i = 0; i < m; i++) {
        if (i != p && a[i][p] != 0) {
          double f = a[i][p];
          for (int j = p; j < 2 * m; j++) {
            a[i][j] -= f * a[p][j];
          }
        }
      }
    }
    binv = new double[m][m];
    for (int i = 0; i < m; i++) {
      System.arraycopy(a[i], m, binv[i], 0, m);
    }
    xb = new double[m];
    multiply(b, xb);
    for (int i = 0; i < m; i++) {
      if (xb[i] < 0 && xb[i] > -1e-7) {
        xb[i] = 0;
      }
    }
    basic = new boolean[variables()];
    for (int v : basis) {
      basic[v] = true;
    }
  }
}
