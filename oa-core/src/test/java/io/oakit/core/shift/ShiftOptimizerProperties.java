package io.oakit.core.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The optimiser against a brute-force reference that tries every schedule of a tiny instance (two people,
 * four or five days, one or two shifts, sometimes a fixed assignment, hard cover or timed shifts with a minimum
 * rest): whenever a valid schedule exists, the optimiser's is valid and no worse than the best, within its budget;
 * and one more person, or looser rules, never make a feasible instance infeasible or its best worse.
 */
class ShiftOptimizerProperties {

  /** A tiny random instance: every limit, request and cover drawn from the seed. */
  static ShiftProblem tiny(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int shifts = 1 + r.nextInt(2);
    int days = shifts == 1 ? 5 : 4;
    List<ShiftProblem.ShiftType> types = new ArrayList<>();
    boolean timed = r.nextInt(3) == 0;
    types.add(new ShiftProblem.ShiftType("D", 480, Set.of(),
        timed ? java.util.Optional.of(java.time.LocalTime.of(8, 0)) : java.util.Optional.empty()));
    if (shifts == 2) {
      types.add(new ShiftProblem.ShiftType("N", 600, !timed && r.nextBoolean() ? Set.of("D") : Set.of(),
          timed ? java.util.Optional.of(java.time.LocalTime.of(20, 0)) : java.util.Optional.empty()));
    }
    List<ShiftProblem.Staff> staff = new ArrayList<>();
    for (String id : List.of("A", "B")) {
      int maxRun = 2 + r.nextInt(3);
      staff.add(new ShiftProblem.Staff(id, Map.of("D", 1 + r.nextInt(days)), 480 * days, 480 * r.nextInt(2), maxRun,
          1 + r.nextInt(Math.min(2, maxRun)), 1 + r.nextInt(2), 1, r.nextInt(3) == 0 ? Set.of(r.nextInt(days)) : Set.of()));
    }
    List<ShiftProblem.Request> on = new ArrayList<>();
    List<ShiftProblem.Request> off = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      (r.nextBoolean() ? on : off).add(new ShiftProblem.Request(r.nextBoolean() ? "A" : "B", r.nextInt(days),
          types.get(r.nextInt(shifts)).id(), 1 + r.nextInt(5)));
    }
    List<ShiftProblem.Cover> cover = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      for (ShiftProblem.ShiftType t : types) {
        cover.add(new ShiftProblem.Cover(d, t.id(), r.nextInt(3), 1 + r.nextInt(20), r.nextInt(3)));
      }
    }
    List<ShiftProblem.Fixed> fixed = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      fixed.add(new ShiftProblem.Fixed("A", r.nextInt(days), r.nextBoolean() ? java.util.Optional.of("D") : java.util.Optional.empty()));
    }
    if (r.nextInt(3) == 0) {
      int i = r.nextInt(cover.size());
      ShiftProblem.Cover c = cover.get(i);
      cover.set(i, ShiftProblem.Cover.exactly(c.day(), c.shift(), r.nextInt(3)));
    }
    List<ShiftProblem.Target> targets = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      targets.add(new ShiftProblem.Target("B", r.nextBoolean() ? java.util.Optional.empty() : java.util.Optional.of("D"),
          r.nextInt(days + 1), 1 + r.nextInt(4)));
    }
    // timed: 夜班 20:00–06:00 then 白班 08:00 leaves 2 hours, less than the 11 required
    return new ShiftProblem(days, types, staff, on, off, cover, fixed,
        timed ? java.util.Optional.of(java.time.LocalDate.of(2026, 12, 7)) : java.util.Optional.empty(), timed ? 660 : 0,
        targets);
  }

  /** The problem with one more person, who may work anything and need not work at all. */
  static ShiftProblem withOneMore(ShiftProblem p) {
    List<ShiftProblem.Staff> staff = new ArrayList<>(p.staff());
    staff.add(new ShiftProblem.Staff("C", Map.of(), 480 * p.days() * 2, 0, p.days(), 1, 1, p.days(), Set.of()));
    return new ShiftProblem(p.days(), p.shifts(), staff, p.onRequests(), p.offRequests(), p.cover(), p.fixed(),
        p.firstDay(), p.minRestMinutes(), p.targets());
  }

  /** The problem with everyone's longest run one day longer and one more weekend allowed. */
  static ShiftProblem looser(ShiftProblem p) {
    List<ShiftProblem.Staff> staff = new ArrayList<>();
    for (ShiftProblem.Staff m : p.staff()) {
      staff.add(new ShiftProblem.Staff(m.id(), m.maxShifts(), m.maxMinutes(), m.minMinutes(), m.maxConsecutive() + 1,
          m.minConsecutive(), m.minConsecutiveDaysOff(), m.maxWeekends() + 1, m.daysOff()));
    }
    return new ShiftProblem(p.days(), p.shifts(), staff, p.onRequests(), p.offRequests(), p.cover(), p.fixed(),
        p.firstDay(), p.minRestMinutes(), p.targets());
  }

  /** The best valid objective over every schedule, or -1 when none is valid. */
  static long bruteForce(ShiftProblem p) {
    int staff = p.staff().size();
    int days = p.days();
    int values = p.shifts().size() + 1;
    int cells = staff * days;
    long best = -1;
    int[] digits = new int[cells];
    long total = (long) Math.pow(values, cells);
    for (long n = 0; n < total; n++) {
      long x = n;
      for (int i = 0; i < cells; i++) {
        digits[i] = (int) (x % values) - 1;
        x /= values;
      }
      int[][] grid = new int[staff][days];
      for (int s = 0; s < staff; s++) {
        System.arraycopy(digits, s * days, grid[s], 0, days);
      }
      ShiftSchedule sch = new ShiftSchedule(p, grid);
      if (sch.isValid()) {
        long o = sch.objective();
        best = best < 0 ? o : Math.min(best, o);
      }
    }
    return best;
  }

  @Property(tries = 25)
  void theOptimiserMatchesTheBruteForceOptimumOnTinyInstances(@ForAll long seed) {
    ShiftProblem p = tiny(seed);
    long best = bruteForce(p);
    ShiftOptimizer.Result r = ShiftOptimizer.solve(p, seed, 60_000);
    if (best >= 0) {
      assertThat(r.valid()).as("a valid schedule exists: %s", p).isTrue();
      assertThat(r.objective()).as("brute force %s", best).isEqualTo(best);
    }
    assertThat(r.schedule().isValid()).isEqualTo(r.valid());
    assertThat(r.objective()).isEqualTo(r.schedule().objective());
    net.jqwik.api.statistics.Statistics.collect(best >= 0 ? "feasible" : "infeasible",
        p.fixed().isEmpty() ? "free" : "fixed", p.cover().stream().anyMatch(ShiftProblem.Cover::hard) ? "hard cover" : "soft cover",
        p.minRestMinutes() > 0 ? "timed" : "untimed", p.targets().isEmpty() ? "" : "target");
  }

  @Property(tries = 40)
  void theRelaxationsBoundIsNeverAboveTheOptimumAndItsDiveKeepsEveryonesRules(@ForAll long seed) {
    ShiftProblem p = tiny(seed);
    ShiftRules.Compiled c = new ShiftRules.Compiled(p);
    int[][] off = new int[p.staff().size()][p.days()];
    for (int[] row : off) {
      java.util.Arrays.fill(row, ShiftSchedule.OFF);
    }
    ColumnDive.Dive dive = ColumnDive.dive(c, off, 50_000_000);
    if (!p.targets().isEmpty()) {
      assertThat(dive).as("a row's cost is not its cells' with a fairness target").isNull();
      return;
    }
    long best = bruteForce(p);
    if (dive == null) {
      // only when some person has no valid row at all: then no schedule is valid
      assertThat(best).isEqualTo(-1);
      return;
    }
    for (int s = 0; s < p.staff().size(); s++) {
      assertThat(c.hard(s, dive.cells()[s])).as("row %s of %s", s, p).isZero();
    }
    ShiftSchedule schedule = new ShiftSchedule(p, dive.cells());
    if (best >= 0) {
      assertThat(dive.lowerBound()).as("bound against brute force %s: %s", best, p).isLessThanOrEqualTo(best);
    }
    if (schedule.isValid()) {
      assertThat(dive.lowerBound()).isLessThanOrEqualTo(schedule.objective());
    }
    ShiftOptimizer.Result r = ShiftOptimizer.solve(p, seed, 20_000);
    assertThat(r.lowerBound()).hasValue(dive.lowerBound());
  }

  @Property(tries = 25)
  void morePeopleOrLooserRulesNeverMakeAFeasibleInstanceInfeasible(@ForAll long seed) {
    ShiftProblem p = tiny(seed);
    long best = bruteForce(p);
    if (best < 0) {
      return;
    }
    for (ShiftProblem bigger : List.of(withOneMore(p), looser(p))) {
      ShiftOptimizer.Result r = ShiftOptimizer.solve(bigger, seed, 100_000);
      assertThat(r.valid()).as("%s", bigger).isTrue();
      assertThat(r.objective()).isLessThanOrEqualTo(best);
    }
  }

  /** The fewest cells from {@code from} on that any valid schedule keeping the cells before it changes, or -1. */
  static int fewestChanges(ShiftSchedule published, ShiftProblem changed, int from) {
    int staff = changed.staff().size();
    int days = changed.days();
    int values = changed.shifts().size() + 1;
    int free = staff * (days - from);
    int best = -1;
    int[] digits = new int[free];
    long total = (long) Math.pow(values, free);
    for (long n = 0; n < total; n++) {
      long x = n;
      for (int i = 0; i < free; i++) {
        digits[i] = (int) (x % values) - 1;
        x /= values;
      }
      int[][] grid = new int[staff][days];
      int changes = 0;
      for (int s = 0; s < staff; s++) {
        for (int d = 0; d < days; d++) {
          grid[s][d] = d < from ? published.cell(s, d) : digits[s * (days - from) + d - from];
          changes += grid[s][d] != published.cell(s, d) ? 1 : 0;
        }
      }
      if (new ShiftSchedule(changed, grid).isValid()) {
        best = best < 0 ? changes : Math.min(best, changes);
      }
    }
    return best;
  }

  @Property(tries = 60)
  void replanningKeepsThePastAndChangesNoMoreCellsThanItMust(@ForAll long seed) {
    ShiftProblem p = tiny(seed);
    ShiftOptimizer.Result published = ShiftOptimizer.solve(p, seed, 60_000);
    if (!published.valid()) {
      return;
    }
    SplittableRandom r = new SplittableRandom(seed);
    int from = 1 + r.nextInt(p.days() - 1);
    // B falls ill from that day
    List<ShiftProblem.Staff> staff = new ArrayList<>();
    for (ShiftProblem.Staff m : p.staff()) {
      java.util.Set<Integer> off = new java.util.HashSet<>(m.daysOff());
      if (m.id().equals("B")) {
        for (int d = from; d < p.days(); d++) {
          off.add(d);
        }
      }
      staff.add(new ShiftProblem.Staff(m.id(), m.maxShifts(), m.maxMinutes(), 0, m.maxConsecutive(),
          m.minConsecutive(), m.minConsecutiveDaysOff(), m.maxWeekends(), off));
    }
    ShiftProblem changed = new ShiftProblem(p.days(), p.shifts(), staff, p.onRequests(), p.offRequests(), p.cover(),
        p.fixed(), p.firstDay(), p.minRestMinutes(), p.targets());
    int fewest = fewestChanges(published.schedule(), changed, from);
    ShiftOptimizer.Replanned out = ShiftOptimizer.replan(published.schedule(), changed, from, 1_000, seed, 100_000);
    if (fewest < 0) {
      assertThat(out.result().valid()).isFalse();
      return;
    }
    assertThat(out.result().valid()).as("%s", changed).isTrue();
    for (int s = 0; s < staff.size(); s++) {
      for (int d = 0; d < from; d++) {
        assertThat(out.result().schedule().cell(s, d)).isEqualTo(published.schedule().cell(s, d));
      }
    }
    assertThat(out.changes()).allSatisfy(c -> assertThat(c.day()).isGreaterThanOrEqualTo(from));
    assertThat(out.changes()).as("the fewest changes are %s", fewest).hasSize(fewest);
    net.jqwik.api.statistics.Statistics.collect(fewest == 0 ? "nothing to change" : "changes needed");
  }
}
