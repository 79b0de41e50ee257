package io.oakit.core.shift;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Finds a schedule for a {@link ShiftProblem}: hard rules first, then the least soft cost, in two halves of the
 * step budget. First a local search (simulated annealing) over three moves — change one person's day, swap two
 * people's shifts on a day, give one person a block of two to four days — whose cost is the soft cost plus a
 * weight per unit of hard rule broken, growing from low (the search may cross a broken rule to reach a better
 * region) to high. Then, from the best valid schedule met (or one built person by person: the hard rules are
 * each person's own), a polish with moves that keep every person's row valid — a person's run of days set to one
 * value, a person moving a day's work to another day, two people exchanging a run of days — on the soft cost
 * alone. Moves are evaluated incrementally (the rows and days they touch). Small problems without fairness targets
 * get one more share of the budget: a schedule from the linear relaxation (column generation and a dive, seeded
 * with the searches' best), polished the same way; the relaxation also gives {@link Result#lowerBound()}.
 * Deterministic for a seed and a step budget, never a wall clock; it returns the best valid schedule met, or, when
 * none, the least broken one.
 * Thread-safe: each call has its own state.
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
   * @param lowerBound when the linear relaxation was solved (a small problem without fairness targets), an objective
   *     no valid schedule goes below; equal to {@code objective} of a valid schedule, it is proven optimal
   */
  public record Result(ShiftSchedule schedule, long objective, boolean valid, long steps, long bestAtStep,
      OptionalLong lowerBound) {
    /**
     * Checks the fields.
     *
     * @param schedule the schedule
     * @param objective its soft cost
     * @param valid whether it breaks no hard rule
     * @param steps the moves tried
     * @param bestAtStep the step at which it was found
     * @param lowerBound an objective no valid schedule goes below, when known
     */
    public Result {
      requireNonNull(schedule, "schedule");
      requireNonNull(lowerBound, "lowerBound");
    }
  }

  /**
   * A schedule re-planned from a day, and exactly what changed.
   *
   * @param result the search's result on the changed problem (its objective without the cost of changes)
   * @param changes every cell that differs from the published schedule, by staff then day
   */
  public record Replanned(Result result, List<Change> changes) {
    /**
     * Copies the list.
    *
    * @param changes every cell that differs from the published schedule, by staff then day
    * @param result the search's result on the changed problem (its objective without the cost of changes)
     */
    public Replanned {
      requireNonNull(result, "result");
      changes = ImmutableList.copyOf(changes);
    }
  }

  /**
   * One cell's change.
   *
   * @param staff who
   * @param day which day
   * @param before the shift worked before, empty for a day off (or a new colleague)
   * @param after the shift worked now, empty for a day off
   */
  public record Change(String staff, int day, Optional<String> before, Optional<String> after) {}

  /**
   * Re-plans a published schedule for a changed problem — someone ill from a day (their days off), a new
   * colleague (one more member of staff), a cover raised — keeping every cell before {@code fromDay} as published
   * (fixed; a new colleague is off) and, from it on, as many as it can: each cell that departs from the published
   * one costs {@code changeWeight} on top of the problem's own soft costs, so with a weight above every other soft
   * cost the search changes as few cells as the hard rules force.
   *
   * @param published the published schedule
   * @param changed the problem as it now is (same horizon and shifts; staff matched by id)
   * @param fromDay the first day that may change
   * @param changeWeight the cost of each changed cell, {@code > 0}
   * @param seed the seed
   * @param steps the step budget
   * @return the new schedule and the cells that changed
   * @throws IllegalArgumentException if the horizon or the shifts differ, or {@code fromDay} is outside it
   */
  public static Replanned replan(ShiftSchedule published, ShiftProblem changed, int fromDay, int changeWeight,
      long seed, long steps) {
    requireNonNull(published, "published");
    requireNonNull(changed, "changed");
    ShiftProblem before = published.problem();
    checkArgument(before.days() == changed.days(), "the horizon changed from %s to %s days", before.days(), changed.days());
    checkArgument(before.shifts().stream().map(ShiftProblem.ShiftType::id).toList()
        .equals(changed.shifts().stream().map(ShiftProblem.ShiftType::id).toList()), "the shift types changed");
    checkArgument(fromDay >= 0 && fromDay < changed.days(), "fromDay %s is outside the horizon", fromDay);
    checkArgument(changeWeight > 0, "changeWeight must be > 0 but was %s", changeWeight);
    List<ShiftProblem.Fixed> fixed = new ArrayList<>();
    for (ShiftProblem.Fixed f : changed.fixed()) {
      if (f.day() >= fromDay) {
        fixed.add(f);  // before the day, the published cells are what is fixed
      }
    }
    List<ShiftProblem.Request> on = new ArrayList<>(changed.onRequests());
    List<ShiftProblem.Request> off = new ArrayList<>(changed.offRequests());
    for (ShiftProblem.Staff m : changed.staff()) {
      Optional<Integer> was = before.staffIndex(m.id());
      for (int d = 0; d < changed.days(); d++) {
        int v = was.isPresent() ? published.cell(was.get(), d) : ShiftSchedule.OFF;
        Optional<String> shift = v == ShiftSchedule.OFF ? Optional.empty() : Optional.of(changed.shifts().get(v).id());
        if (d < fromDay) {
          fixed.add(new ShiftProblem.Fixed(m.id(), d, shift));
        } else if (shift.isPresent()) {
          on.add(new ShiftProblem.Request(m.id(), d, shift.get(), changeWeight));
        } else {
          for (ShiftProblem.ShiftType t : changed.shifts()) {
            off.add(new ShiftProblem.Request(m.id(), d, t.id(), changeWeight));
          }
        }
      }
    }
    ShiftProblem penalised = new ShiftProblem(changed.days(), changed.shifts(), changed.staff(), on, off,
        changed.cover(), fixed, changed.firstDay(), changed.minRestMinutes(), changed.targets());
    // first a valid schedule with the past fixed (the costs of changes would only hold the search back from it),
    // then the whole second half polishing it towards the published one
    ShiftProblem pastFixed = new ShiftProblem(changed.days(), changed.shifts(), changed.staff(), changed.onRequests(),
        changed.offRequests(), changed.cover(), fixed, changed.firstDay(), changed.minRestMinutes(), changed.targets());
    Result valid = solve(pastFixed, seed, Math.max(1, steps / 2));
    Result found = valid.valid()
        ? new Search(new ShiftRules.Compiled(penalised), new SplittableRandom(seed)).run(penalised,
            Math.max(1, steps - steps / 2), valid.schedule().cells())
        : solve(penalised, seed, steps);
    ShiftSchedule schedule = new ShiftSchedule(changed, found.schedule().cells());
    List<Change> changes = new ArrayList<>();
    for (int s = 0; s < changed.staff().size(); s++) {
      String id = changed.staff().get(s).id();
      Optional<Integer> was = before.staffIndex(id);
      for (int d = 0; d < changed.days(); d++) {
        int a = was.isPresent() ? published.cell(was.get(), d) : ShiftSchedule.OFF;
        int b = schedule.cell(s, d);
        if (a != b) {
          changes.add(new Change(id, d, a == ShiftSchedule.OFF ? Optional.empty() : Optional.of(changed.shifts().get(a).id()),
              b == ShiftSchedule.OFF ? Optional.empty() : Optional.of(changed.shifts().get(b).id())));
        }
      }
    }
    return new Replanned(new Result(schedule, schedule.objective(), schedule.isValid(), found.steps(), found.bestAtStep(),
        OptionalLong.empty()),
        changes);
  }

  private static final long BEST_ROW_EVERY = 4_000;
  /**
   * The dive's work in basic operations: this many per step of the budget, at least the minimum. Measured here
   * at about 2·10⁹ a second against 0.5–4·10⁶ steps a second: the dive never costs much more than the searches.
   */
  private static final long DIVE_WORK_PER_STEP = 500;
  private static final long DIVE_MIN_WORK = 50_000_000;
  private static final long HARD_COVER = 1_000_000_000L;
  private static final double WEIGHT_FROM = 20;
  private static final double WEIGHT_TO = 2_000;
  private static final double TEMPERATURE_FROM = 30;
  private static final double TEMPERATURE_TO = 0.2;
  private static final double POLISH_FROM = 60;
  private static final long EXPLORE_SHARE = 5;
  private static final double POLISH_TO = 0.5;

  private ShiftOptimizer() {}

  /**
   * @param problem the problem
   * @param seed the seed: the same seed and budget give the same schedule
   * @param steps the moves to try, {@code >= 1}
   * @return the best schedule found
   */
  public static Result solve(ShiftProblem problem, long seed, long steps) {
    return solve(problem, seed, steps, 1);
  }

  /**
   * Several independent searches sharing the budget, the best kept: the search's outcome varies with its seed,
   * and a few shorter runs usually beat one long one. On a small problem without fairness targets the budget has one
   * more equal share, for polishing the linear relaxation's dive (see the class); the result then carries the
   * relaxation's lower bound.
   *
   * @param problem the problem
   * @param seed the seed of the first search (the others' seeds are drawn from it)
   * @param steps the moves to try in all, {@code >= restarts}
   * @param restarts how many searches, {@code >= 1}
   * @return the best schedule found: a valid one before any other, then the lowest objective, then the first
   */
  public static Result solve(ShiftProblem problem, long seed, long steps, int restarts) {
    requireNonNull(problem, "problem");
    checkArgument(restarts >= 1, "restarts must be >= 1 but was %s", restarts);
    checkArgument(steps >= restarts, "steps must be >= restarts (%s) but was %s", restarts, steps);
    ShiftRules.Compiled compiled = new ShiftRules.Compiled(problem);
    SplittableRandom seeds = new SplittableRandom(seed);
    // small problems: one more share of the budget polishes the linear relaxation's dive, seeded with the best
    // schedule the searches found; the relaxation also bounds the objective from below
    boolean relax = ColumnDive.applies(compiled);
    long share = Math.max(1, steps / (restarts + (relax ? 1 : 0)));
    Result best = null;
    for (int i = 0; i < restarts; i++) {
      SplittableRandom random = i == 0 ? new SplittableRandom(seed) : new SplittableRandom(seeds.nextLong());
      best = better(best, new Search(compiled, random).run(problem, share));
    }
    ColumnDive.Dive dive = relax ? ColumnDive.dive(compiled, best.schedule().cells(),
        Math.max(DIVE_MIN_WORK, steps > Long.MAX_VALUE / DIVE_WORK_PER_STEP ? Long.MAX_VALUE : steps * DIVE_WORK_PER_STEP))
        : null;
    if (dive != null && !(best.valid() && best.objective() <= dive.lowerBound())) {
      best = better(best, new Search(compiled, new SplittableRandom(seeds.nextLong())).run(problem, share, dive.cells()));
    }
    return new Result(best.schedule(), best.objective(), best.valid(), steps, best.bestAtStep(),
        dive == null ? OptionalLong.empty() : OptionalLong.of(dive.lowerBound()));
  }

  /** A valid schedule before any other, then the lower objective, then the first. */
  private static Result better(Result best, Result r) {
    return best == null || (r.valid() && !best.valid()) || (r.valid() == best.valid() && r.objective() < best.objective())
        ? r : best;
  }

  private static final class Search {
    private final ShiftRules.Compiled c;
    private final SplittableRandom random;
    private final int[][] cells;
    private final int[][] count;
    private final int[] hard;
    private final int[] requests;
    /**
     * How much heavier than the benchmark's the soft weights run (its heaviest is 100): broken rules weigh that much
     * more and the temperatures run that much hotter, so that no soft cost — a re-plan's cost of a change, say —
     * outweighs keeping the rules or freezes the search.
     */
    private final double scale;
    private int totalHard;
    private int totalBreaks;
    private long totalRequests;
    private long totalCover;

    Search(ShiftRules.Compiled c, SplittableRandom random) {
      this.c = c;
      this.random = random;
      cells = new int[c.staff][c.days];
      count = new int[c.days][c.shifts];
      long heaviest = 0;
      for (int s = 0; s < c.staff; s++) {
        for (int d = 0; d < c.days; d++) {
          for (int k = 0; k < c.shifts; k++) {
            heaviest = Math.max(heaviest, Math.max(c.onWeight[s][d][k], c.offWeight[s][d][k]));
          }
        }
      }
      for (int d = 0; d < c.days; d++) {
        for (int k = 0; k < c.shifts; k++) {
          heaviest = Math.max(heaviest, Math.max(c.under[d][k], c.over[d][k]));
        }
      }
      scale = Math.max(1.0, heaviest / 100.0);
      hard = new int[c.staff];
      requests = new int[c.staff];
      for (int s = 0; s < c.staff; s++) {
        for (int d = 0; d < c.days; d++) {
          cells[s][d] = c.fixed[s][d] == ShiftRules.FREE ? ShiftSchedule.OFF : c.fixed[s][d];
          if (cells[s][d] >= 0) {
            count[d][cells[s][d]]++;
          }
        }
        hard[s] = c.hard(s, cells[s]);
        requests[s] = c.requests(s, cells[s]);
        totalHard += hard[s];
        totalRequests += requests[s];
      }
      for (int d = 0; d < c.days; d++) {
        for (int k = 0; k < c.shifts; k++) {
          totalCover += c.coverCost(d, k, count[d][k]);
          totalBreaks += c.coverBreak(d, k, count[d][k]);
        }
      }
    }

    /** The change in hard cover broken if a person moves from {@code from} to {@code to} on day d. */
    private int breakDelta(int d, int from, int to) {
      if (!c.anyHardCover || from == to) {
        return 0;
      }
      int delta = 0;
      if (from >= 0) {
        delta += c.coverBreak(d, from, count[d][from] - 1) - c.coverBreak(d, from, count[d][from]);
      }
      if (to >= 0) {
        delta += c.coverBreak(d, to, count[d][to] + 1) - c.coverBreak(d, to, count[d][to]);
      }
      return delta;
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

    private long best = Long.MAX_VALUE;
    private boolean bestValid;
    private int[][] bestCells;
    private long bestAt;

    /**
     * Half the budget explores with a growing weight on broken rules; the other half polishes a valid schedule
     * (the best met, else one built person by person) with moves that keep every person's row valid.
     */
    Result run(ShiftProblem problem, long steps) {
      return run(problem, steps, null);
    }

    /**
     * As {@link #run(ShiftProblem, long)}; from a valid schedule given, the whole budget polishes it (a re-plan's
     * second stage: valid first, then as close to the published as it can).
     */
    Result run(ShiftProblem problem, long steps, int[][] start) {
      if (start != null) {
        load(start);
        if (totalHard == 0 && totalBreaks == 0) {
          best = totalRequests + totalCover;
          bestValid = true;
          bestCells = copy(cells);
          polish(0, steps);
          ShiftSchedule schedule = new ShiftSchedule(problem, bestCells);
          return new Result(schedule, schedule.objective(), schedule.isValid(), steps, bestAt, OptionalLong.empty());
        }
      }
      bestCells = copy(cells);
      long explore = Math.max(1, steps / EXPLORE_SHARE);
      explore(explore);
      if (!bestValid) {
        for (int s = 0; s < c.staff; s++) {
          validRow(s, Math.max(2_000, (steps - explore) / (4L * c.staff)));
        }
      } else {
        load(bestCells);
      }
      if (totalHard == 0 && totalBreaks == 0) {
        polish(explore, steps);
      }
      ShiftSchedule schedule = new ShiftSchedule(problem, bestCells);
      return new Result(schedule, schedule.objective(), schedule.isValid(), steps, bestAt, OptionalLong.empty());
    }

    /** Sets the cells and recomputes every count and total. */
    private void load(int[][] from) {
      for (int[] row : count) {
        Arrays.fill(row, 0);
      }
      totalHard = 0;
      totalRequests = 0;
      for (int s = 0; s < c.staff; s++) {
        System.arraycopy(from[s], 0, cells[s], 0, c.days);
        hard[s] = c.hard(s, cells[s]);
        requests[s] = c.requests(s, cells[s]);
        totalHard += hard[s];
        totalRequests += requests[s];
        for (int d = 0; d < c.days; d++) {
          if (cells[s][d] >= 0) {
            count[d][cells[s][d]]++;
          }
        }
      }
      totalCover = 0;
      totalBreaks = 0;
      for (int d = 0; d < c.days; d++) {
        for (int k = 0; k < c.shifts; k++) {
          totalCover += c.coverCost(d, k, count[d][k]);
          totalBreaks += c.coverBreak(d, k, count[d][k]);
        }
      }
    }

    /** Searches one person's row for a valid one (hard rules only), then reloads every total. */
    private void validRow(int s, long tries) {
      int[] row = cells[s].clone();
      int h = c.hard(s, row);
      int[] cand = new int[c.days];
      for (long i = 0; i < tries && h > 0; i++) {
        System.arraycopy(row, 0, cand, 0, c.days);
        int len = 1 + random.nextInt(4);
        int d0 = random.nextInt(c.days);
        int to = random.nextInt(c.shifts + 1) - 1;
        for (int d = d0; d < Math.min(c.days, d0 + len); d++) {
          cand[d] = to;
        }
        int nh = c.hard(s, cand);
        if (nh <= h || random.nextInt(20) == 0) {
          System.arraycopy(cand, 0, row, 0, c.days);
          h = nh;
        }
      }
      int[][] next = copy(cells);
      next[s] = row;
      load(next);
    }

    /** The second half: moves that keep every row valid, on the soft cost alone. */
    private void polish(long from, long steps) {
      long span = Math.max(1, steps - from);
      int[] rowA = new int[c.days];
      int[] rowB = new int[c.days];
      for (long step = from + 1; step <= steps; step++) {
        double progress = (double) (step - from) / span;
        double temperature = scale * POLISH_FROM * Math.pow(POLISH_TO / POLISH_FROM, progress);
        if ((step - from) % BEST_ROW_EVERY == 0) {
          rebuildRows(temperature, rowA);
          long soft = totalRequests + totalCover;
          if (totalHard == 0 && totalBreaks == 0 && soft < best) {
            best = soft;
            bestValid = true;
            bestCells = copy(cells);
            bestAt = step;
          }
        }
        int kind = random.nextInt(10);
        if (kind < 2) {
          // one person moves a day's work to another day (their counts stay)
          int s = random.nextInt(c.staff);
          int d0 = random.nextInt(c.days);
          int d1 = random.nextInt(c.days);
          int v0 = cells[s][d0];
          int v1 = cells[s][d1];
          if (d0 == d1 || v0 == v1) {
            continue;
          }
          System.arraycopy(cells[s], 0, rowA, 0, c.days);
          rowA[d0] = v1;
          rowA[d1] = v0;
          if (c.hard(s, rowA) != 0) {
            continue;
          }
          long cover = coverDelta(d0, v0, v1);
          int breaks = breakDelta(d0, v0, v1);
          move(d0, v0, v1);
          cover += coverDelta(d1, v1, v0);
          breaks += breakDelta(d1, v1, v0);
          move(d1, v1, v0);
          int q = c.requests(s, rowA);
          if (breaks <= 0 && accept((q - requests[s]) + cover, temperature)) {
            System.arraycopy(rowA, 0, cells[s], 0, c.days);
            commit(s, 0, q, cover);
            totalBreaks += breaks;
          } else {
            move(d1, v0, v1);
            move(d0, v1, v0);
          }
        } else if (kind < 5) {
          // one person, a run of one to four days, one value
          int s = random.nextInt(c.staff);
          int len = 1 + random.nextInt(4);
          int d0 = random.nextInt(c.days);
          int d1 = Math.min(c.days, d0 + len);
          int to = random.nextInt(c.shifts + 1) - 1;
          System.arraycopy(cells[s], 0, rowA, 0, c.days);
          long cover = tentatively(rowA, d0, d1, to);
          int breaks = blockBreaks;
          boolean ok = breaks <= 0 && c.hard(s, rowA) == 0;
          int q = ok ? c.requests(s, rowA) : 0;
          if (ok && accept((q - requests[s]) + cover, temperature)) {
            System.arraycopy(rowA, 0, cells[s], 0, c.days);
            commit(s, 0, q, cover);
            totalBreaks += breaks;
          } else {
            undo(s, rowA, d0, d1);
          }
        } else {
          // two people exchange what they do on a run of one to seven days (the cover stays)
          int a = random.nextInt(c.staff);
          int b = random.nextInt(c.staff);
          if (a == b) {
            continue;
          }
          int len = 1 + random.nextInt(7);
          int d0 = random.nextInt(c.days);
          int d1 = Math.min(c.days, d0 + len);
          System.arraycopy(cells[a], 0, rowA, 0, c.days);
          System.arraycopy(cells[b], 0, rowB, 0, c.days);
          boolean differs = false;
          for (int d = d0; d < d1; d++) {
            differs |= rowA[d] != rowB[d];
            int t = rowA[d];
            rowA[d] = rowB[d];
            rowB[d] = t;
          }
          if (!differs || c.hard(a, rowA) != 0 || c.hard(b, rowB) != 0) {
            continue;
          }
          int qa = c.requests(a, rowA);
          int qb = c.requests(b, rowB);
          if (accept((qa - requests[a]) + (qb - requests[b]), temperature)) {
            System.arraycopy(rowA, 0, cells[a], 0, c.days);
            System.arraycopy(rowB, 0, cells[b], 0, c.days);
            commit(a, 0, qa, 0);
            commit(b, 0, qb, 0);
          }
        }
        long soft = totalRequests + totalCover;
        if (!bestValid || soft < best) {
          best = soft;
          bestValid = true;
          bestCells = copy(cells);
          bestAt = step;
        }
      }
    }

    private BestRow rows;
    private long[][] cellCost;

    /**
     * Ruin and recreate: two or three people's rows are rebuilt one after the other, each the best given everyone
     * else's at that moment; the new schedule is kept by the annealing's rule, else the old rows come back.
     */
    private void rebuildRows(double temperature, int[] row) {
      int n = Math.min(c.staff, 2 + random.nextInt(5));
      int[] who = new int[n];
      int[][] saved = new int[n][];
      long before = totalRequests + totalCover + HARD_COVER * totalBreaks;
      // half the time around a day short of cover: people off that day first
      int shortDay = random.nextBoolean() ? shortDay() : -1;
      for (int i = 0; i < n; i++) {
        int s = -1;
        for (int tries = 0; tries < 4 * c.staff && s < 0; tries++) {
          int t = random.nextInt(c.staff);
          boolean again = shortDay >= 0 && tries < 2 * c.staff && cells[t][shortDay] >= 0;
          for (int j = 0; j < i; j++) {
            again |= who[j] == t;
          }
          s = again ? -1 : t;
        }
        if (s < 0) {
          n = i;
          break;
        }
        who[i] = s;
        saved[i] = cells[s].clone();
      }
      // ruin (every other time): clear them all first, so that the first rebuilt sees the whole gap they leave
      if (random.nextBoolean()) {
        int[] none = new int[c.days];
        Arrays.fill(none, ShiftSchedule.OFF);
        for (int i = 0; i < n; i++) {
          setRow(who[i], none);
        }
      }
      boolean ok = true;
      for (int i = 0; i < n && ok; i++) {
        ok = bestRow(who[i], row, true);
      }
      long after = totalRequests + totalCover + HARD_COVER * totalBreaks;
      if (!ok || totalHard != 0 || !accept(after - before, temperature)) {
        for (int i = 0; i < n; i++) {
          setRow(who[i], saved[i]);
        }
      }
    }

    /** A day with a shift short of its cover, drawn at random among them; -1 if none. */
    private int shortDay() {
      int found = 0;
      int pick = -1;
      for (int d = 0; d < c.days; d++) {
        for (int k = 0; k < c.shifts; k++) {
          if (count[d][k] < c.require[d][k] && (c.under[d][k] > 0 || c.hardCover[d][k])
              && random.nextInt(++found) == 0) {
            pick = d;
          }
        }
      }
      return pick;
    }

    /** The hard cover broken by the last {@link #tentatively} block (its change). */
    private int blockBreaks;

    /**
     * Sets days {@code d0..d1} of a copy of a row to one value, moving the day counts with it (so that each day's
     * delta counts against the right numbers); returns the change in cover cost, the change in hard cover broken
     * in {@link #blockBreaks}. {@link #undo} takes the counts back if the move is not taken.
     */
    private long tentatively(int[] row, int d0, int d1, int to) {
      long cover = 0;
      int breaks = 0;
      for (int d = d0; d < d1; d++) {
        if (row[d] != to) {
          cover += coverDelta(d, row[d], to);
          breaks += breakDelta(d, row[d], to);
          move(d, row[d], to);
          row[d] = to;
        }
      }
      blockBreaks = breaks;
      return cover;
    }

    /** Takes back the day counts of a {@link #tentatively} block not taken. */
    private void undo(int s, int[] row, int d0, int d1) {
      for (int d = d0; d < d1; d++) {
        if (cells[s][d] != row[d]) {
          move(d, row[d], cells[s][d]);
        }
      }
    }

    private void setRow(int s, int[] row) {
      long cover = 0;
      int breaks = 0;
      for (int d = 0; d < c.days; d++) {
        if (row[d] != cells[s][d]) {
          cover += coverDelta(d, cells[s][d], row[d]);
          breaks += breakDelta(d, cells[s][d], row[d]);
          move(d, cells[s][d], row[d]);
          cells[s][d] = row[d];
        }
      }
      commit(s, c.hard(s, cells[s]), c.requests(s, cells[s]), cover);
      totalBreaks += breaks;
    }

    /**
     * The largest move: the person's best row given everyone else's ({@link BestRow}), taken when it costs no more
     * than the row they have (a tie moves sideways, to leave a plateau).
     */
    private boolean bestRow(int s, int[] row, boolean always) {
      if (rows == null) {
        rows = new BestRow(c);
        cellCost = new long[c.days][c.shifts + 1];
      }
      long current = 0;
      for (int d = 0; d < c.days; d++) {
        long on = 0;
        for (int k = 0; k < c.shifts; k++) {
          on += c.onWeight[s][d][k];
        }
        cellCost[d][0] = on;
        for (int k = 0; k < c.shifts; k++) {
          int without = count[d][k] - (cells[s][d] == k ? 1 : 0);
          cellCost[d][k + 1] = on - c.onWeight[s][d][k] + c.offWeight[s][d][k]
              + c.coverCost(d, k, without + 1) - c.coverCost(d, k, without)
              + HARD_COVER * (c.coverBreak(d, k, without + 1) - c.coverBreak(d, k, without));
        }
        current += cellCost[d][cells[s][d] + 1];
      }
      long best = rows.solve(s, cellCost, row);
      if (best == Long.MAX_VALUE || (!always && best > current)) {
        return false;
      }
      setRow(s, row);
      return true;
    }

    /** The first half: every move, a growing weight on broken rules; the best valid schedule met is kept. */
    private void explore(long steps) {
      int[] row = new int[c.days];
      for (long step = 1; step <= steps; step++) {
        double progress = (double) step / steps;
        double temperature = scale * TEMPERATURE_FROM * Math.pow(TEMPERATURE_TO / TEMPERATURE_FROM, progress);
        double weight = scale * (WEIGHT_FROM + (WEIGHT_TO - WEIGHT_FROM) * progress * progress);
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
          int breaks = breakDelta(d, from, to);
          if (accept(weight * (h - hard[s] + breaks) + (q - requests[s]) + cover, temperature)) {
            cells[s][d] = to;
            move(d, from, to);
            commit(s, h, q, cover);
            totalBreaks += breaks;
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
          long cover = tentatively(row, d0, d1, to);
          int breaks = blockBreaks;
          int h = c.hard(s, row);
          int q = c.requests(s, row);
          if (accept(weight * (h - hard[s] + breaks) + (q - requests[s]) + cover, temperature)) {
            System.arraycopy(row, 0, cells[s], 0, c.days);
            commit(s, h, q, cover);
            totalBreaks += breaks;
          } else {
            undo(s, row, d0, d1);
          }
        }
        long soft = totalRequests + totalCover;
        boolean valid = totalHard == 0 && totalBreaks == 0;
        long score = valid ? soft : (long) (soft + 1_000_000L * (totalHard + totalBreaks));
        if ((valid && (!bestValid || soft < best)) || (!valid && !bestValid && score < best)) {
          best = valid ? soft : score;
          bestValid = valid;
          bestCells = copy(cells);
          bestAt = step;
        }
      }
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
