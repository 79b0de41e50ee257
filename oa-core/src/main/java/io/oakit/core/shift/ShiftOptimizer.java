package io.oakit.core.shift;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Finds a schedule for a {@link ShiftProblem}: hard rules first, then the least soft cost. A local search
 * (simulated annealing) over three moves — change one person's day, swap two people's shifts on a day, give one
 * person a block of two to four days — whose cost is the soft cost plus a weight per unit of hard rule broken.
 * The weight starts low, so that the search may cross a broken rule to reach a better region, and grows over
 * the budget, so that it ends among valid schedules. Moves are evaluated incrementally: one or two people's rows
 * and the days a move touches. Deterministic for a seed and a step budget, never a wall clock; it returns the
 * best valid schedule it met, or, when it met none, the least broken one. Thread-safe: each call has its own
 * state.
 */
public final class ShiftOptimizer {

  /**
   * What the search found.
   *
   * @param schedule the schedule
   * @param objective its soft cost
   * @param valid whether it breaks no hard rule
   * @param steps the moves tried
   * @param bestAtStep the step at which it was found
   */
  public record Result(ShiftSchedule schedule, long objective, boolean valid, long steps, long bestAtStep) {}

  private static final double WEIGHT_FROM = 20;
  private static final double WEIGHT_TO = 2_000;
  private static final double TEMPERATURE_FROM = 30;
  private static final double TEMPERATURE_TO = 0.2;

  private ShiftOptimizer() {}

  /**
   * @param problem the problem
   * @param seed the seed: the same seed and budget give the same schedule
   * @param steps the moves to try, {@code >= 1}
   * @return the best schedule found
   */
  public static Result solve(ShiftProblem problem, long seed, long steps) {
    requireNonNull(problem, "problem");
    checkArgument(steps >= 1, "steps must be >= 1 but was %s", steps);
    return new Search(new ShiftRules.Compiled(problem), new SplittableRandom(seed)).run(problem, steps);
  }

  private static final class Search {
    private final ShiftRules.Compiled c;
    private final SplittableRandom random;
    private final int[][] cells;
    private final int[][] count;
    private final int[] hard;
    private final int[] requests;
    private int totalHard;
    private long totalRequests;
    private long totalCover;

    Search(ShiftRules.Compiled c, SplittableRandom random) {
      this.c = c;
      this.random = random;
      cells = new int[c.staff][c.days];
      count = new int[c.days][c.shifts];
      hard = new int[c.staff];
      requests = new int[c.staff];
      for (int s = 0; s < c.staff; s++) {
        Arrays.fill(cells[s], ShiftSchedule.OFF);
        hard[s] = c.hard(s, cells[s]);
        requests[s] = c.requests(s, cells[s]);
        totalHard += hard[s];
        totalRequests += requests[s];
      }
      for (int d = 0; d < c.days; d++) {
        for (int k = 0; k < c.shifts; k++) {
          totalCover += c.coverCost(d, k, 0);
        }
      }
    }

    /** The change in cover cost if a person moves from {@code from} to {@code to} on day d (either may be OFF). */
    private long coverDelta(int d, int from, int to) {
      long delta = 0;
      if (from >= 0) {
        delta += c.coverCost(d, from, count[d][from] - 1) - c.coverCost(d, from, count[d][from]);
      }
      if (to >= 0) {
        int n = count[d][to] - (from == to ? 1 : 0);
        delta += c.coverCost(d, to, n + 1) - c.coverCost(d, to, n);
      }
      return delta;
    }

    private void move(int d, int from, int to) {
      if (from >= 0) {
        count[d][from]--;
      }
      if (to >= 0) {
        count[d][to]++;
      }
    }

    Result run(ShiftProblem problem, long steps) {
      long best = Long.MAX_VALUE;
      boolean bestValid = false;
      int[][] bestCells = copy(cells);
      long bestAt = 0;
      int[] row = new int[c.days];
      for (long step = 1; step <= steps; step++) {
        double progress = (double) step / steps;
        double temperature = TEMPERATURE_FROM * Math.pow(TEMPERATURE_TO / TEMPERATURE_FROM, progress);
        double weight = WEIGHT_FROM + (WEIGHT_TO - WEIGHT_FROM) * progress * progress;
        int kind = random.nextInt(10);
        if (kind < 5) {
          // one person, one day, another value
          int s = random.nextInt(c.staff);
          int d = random.nextInt(c.days);
          int from = cells[s][d];
          int to = random.nextInt(c.shifts + 1) - 1;
          if (to == from) {
            continue;
          }
          System.arraycopy(cells[s], 0, row, 0, c.days);
          row[d] = to;
          int h = c.hard(s, row);
          int q = c.requests(s, row);
          long cover = coverDelta(d, from, to);
          if (accept(weight * (h - hard[s]) + (q - requests[s]) + cover, temperature)) {
            cells[s][d] = to;
            move(d, from, to);
            commit(s, h, q, cover);
          }
        } else if (kind < 8) {
          // two people swap their shifts on a day (the cover stays)
          int a = random.nextInt(c.staff);
          int b = random.nextInt(c.staff);
          int d = random.nextInt(c.days);
          if (a == b || cells[a][d] == cells[b][d]) {
            continue;
          }
          int va = cells[a][d];
          int vb = cells[b][d];
          cells[a][d] = vb;
          cells[b][d] = va;
          int ha = c.hard(a, cells[a]);
          int qa = c.requests(a, cells[a]);
          int hb = c.hard(b, cells[b]);
          int qb = c.requests(b, cells[b]);
          double delta = weight * (ha - hard[a] + hb - hard[b]) + (qa - requests[a]) + (qb - requests[b]);
          if (accept(delta, temperature)) {
            commit(a, ha, qa, 0);
            commit(b, hb, qb, 0);
          } else {
            cells[a][d] = va;
            cells[b][d] = vb;
          }
        } else {
          // one person, a block of two to four days, one value
          int s = random.nextInt(c.staff);
          int len = 2 + random.nextInt(3);
          int d0 = random.nextInt(Math.max(1, c.days - len + 1));
          int d1 = Math.min(c.days, d0 + len);
          int to = random.nextInt(c.shifts + 1) - 1;
          System.arraycopy(cells[s], 0, row, 0, c.days);
          long cover = 0;
          for (int d = d0; d < d1; d++) {
            if (row[d] != to) {
              cover += coverDelta(d, row[d], to);
              move(d, row[d], to);  // tentatively, so that the next day's delta counts against the right numbers
              row[d] = to;
            }
          }
          int h = c.hard(s, row);
          int q = c.requests(s, row);
          if (accept(weight * (h - hard[s]) + (q - requests[s]) + cover, temperature)) {
            System.arraycopy(row, 0, cells[s], 0, c.days);
            commit(s, h, q, cover);
          } else {
            for (int d = d0; d < d1; d++) {
              if (cells[s][d] != row[d]) {
                move(d, row[d], cells[s][d]);  // undo the tentative counts
              }
            }
          }
        }
        long soft = totalRequests + totalCover;
        boolean valid = totalHard == 0;
        long score = valid ? soft : (long) (soft + 1_000_000L * totalHard);
        if ((valid && (!bestValid || soft < best)) || (!valid && !bestValid && score < best)) {
          best = valid ? soft : score;
          bestValid = valid;
          bestCells = copy(cells);
          bestAt = step;
        }
      }
      ShiftSchedule schedule = new ShiftSchedule(problem, bestCells);
      return new Result(schedule, schedule.objective(), schedule.isValid(), steps, bestAt);
    }

    private void commit(int s, int h, int q, long cover) {
      totalHard += h - hard[s];
      totalRequests += q - requests[s];
      totalCover += cover;
      hard[s] = h;
      requests[s] = q;
    }

    private boolean accept(double delta, double temperature) {
      return delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature);
    }

    private static int[][] copy(int[][] a) {
      int[][] out = new int[a.length][];
      for (int i = 0; i < a.length; i++) {
        out[i] = a[i].clone();
      }
      return out;
    }
  }
}
