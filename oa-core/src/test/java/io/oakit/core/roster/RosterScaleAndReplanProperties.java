package io.oakit.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.roster.RosterProperties.Instance;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The indexes that make generation close to linear, checked against the rules read the slow, obvious way; the
 * lazy reading of large pools against judging everyone; the fairness bounds against the best spread found by
 * trying every roster of tiny plans; and re-planning's promises.
 */
class RosterScaleAndReplanProperties {

  /** The rules as first written: scans of the person's duties and of the day, no index. */
  static int slowJudge(RosterState state, Slot slot, DutyPerson p) {
    boolean hard = false;
    int soft = 0;
    if (!p.roles().contains(slot.role())) {
      hard = true;
    }
    TreeMap<LocalDate, Slot> mine = state.duties.get(p.id());
    Slot same = mine.get(slot.date());
    if (same != null && !same.equals(slot)) {
      hard = true;
    }
    LocalDate d = slot.date();
    for (RosterRule rule : state.rules) {
      boolean broken;
      if (rule instanceof RosterRule.NotUnavailable) {
        broken = p.isUnavailable(d);
      } else if (rule instanceof RosterRule.MinimumRest r) {
        Map.Entry<LocalDate, Slot> before = mine.lowerEntry(d);
        Map.Entry<LocalDate, Slot> after = mine.higherEntry(d);
        broken = (before != null && before.getKey().plusDays(r.days()).isAfter(d))
            || (after != null && d.plusDays(r.days()).isAfter(after.getKey()));
      } else if (rule instanceof RosterRule.MaxPerMonth m) {
        YearMonth month = YearMonth.from(d);
        int count = mine.subMap(month.atDay(1), true, month.atEndOfMonth(), true).size();
        if (same != null && same.equals(slot)) {
          count--;
        }
        broken = count >= m.duties();
      } else if (rule instanceof RosterRule.NoConsecutiveHolidayPeriods) {
        Integer period = state.holidayPeriod.get(d);
        broken = false;
        for (LocalDate other : mine.keySet()) {
          Integer op = state.holidayPeriod.get(other);
          broken |= period != null && op != null && Math.abs(op - period) == 1;
        }
      } else if (rule instanceof RosterRule.DifferentDepartments dd) {
        String other = slot.role().equals(dd.roleA()) ? dd.roleB() : slot.role().equals(dd.roleB()) ? dd.roleA() : null;
        broken = false;
        for (Slot s : other == null ? List.<Slot>of() : state.byDay.get(d)) {
          String who = state.assigned.get(s);
          broken |= !s.equals(slot) && s.role().equals(other) && who != null && !who.equals(p.id())
              && state.people.get(who).departmentId().equals(p.departmentId());
        }
      } else if (rule instanceof RosterRule.RespectPreferences) {
        broken = p.ratherNot().contains(d);
      } else {
        broken = !((RosterRule.Custom) rule).allowed().test(p, slot);
      }
      if (broken) {
        if (rule.hard()) {
          hard = true;
        } else {
          soft++;
        }
      }
    }
    return hard ? -1 : soft;
  }

  @Property(tries = 150)
  void theIndexedRulesJudgeEveryCandidateAsTheScansDo(@ForAll long seed) {
    Instance in = RosterProperties.instance(seed, 0, false);
    Map<String, DutyPerson> byId = new LinkedHashMap<>();
    in.people().forEach(p -> byId.put(p.id(), p));
    RosterState state = new RosterState(in.plan(), byId, List.copyOf(in.rules()));
    SplittableRandom r = new SplittableRandom(seed);
    List<Slot> slots = in.plan().slots();
    // random assignments and removals, whatever the rules say, and every candidate judged both ways after each
    for (int step = 0; step < 60; step++) {
      Slot slot = slots.get(r.nextInt(slots.size()));
      if (r.nextInt(4) == 0) {
        state.unassign(slot);
      } else {
        state.unassign(slot);
        state.assign(slot, in.people().get(r.nextInt(in.people().size())).id());
      }
      Slot probe = slots.get(r.nextInt(slots.size()));
      for (DutyPerson p : in.people()) {
        assertThat(state.classify(probe, p, null)).as("%s for %s", p.id(), probe).isEqualTo(slowJudge(state, probe, p));
        assertThat(state.failures(probe, p).stream().anyMatch(RosterState.Failure::hard))
            .isEqualTo(slowJudge(state, probe, p) < 0);
      }
    }
  }

  @Property(tries = 60)
  void readingALargePoolLazilyChoosesAsJudgingEveryone(@ForAll long seed) {
    Instance in = RosterProperties.instance(seed, 0, false);
    Roster everyone;
    try {
      everyone = RosterGenerator.generate(in.plan(), in.people(), in.rules(), seed);
    } catch (InfeasibleRosterException e) {
      return;
    }
    Roster lazily = RosterGenerator.generate(in.plan(), in.people(), in.rules(), seed, 0);
    assertThat(lazily.assignments()).isEqualTo(everyone.assignments());
  }

  /** The least spread and sum of squares of any assignment of the duties (eligibility only), by trying them all. */
  private static double[] bestByBruteForce(DutyPlan plan, List<DutyPerson> pool) {
    List<Slot> slots = plan.slots();
    int n = pool.size();
    double bestSpread = Double.POSITIVE_INFINITY;
    double bestSquares = Double.POSITIVE_INFINITY;
    int[] pick = new int[slots.size()];
    while (true) {
      double[] load = new double[n];
      for (int i = 0; i < n; i++) {
        load[i] = pool.get(i).history();
      }
      for (int s = 0; s < slots.size(); s++) {
        load[pick[s]] += plan.weight(slots.get(s).category());
      }
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      double sq = 0;
      for (double l : load) {
        max = Math.max(max, l);
        min = Math.min(min, l);
        sq += l * l;
      }
      bestSpread = Math.min(bestSpread, max - min);
      bestSquares = Math.min(bestSquares, sq);
      int k = 0;
      while (k < pick.length && ++pick[k] == n) {
        pick[k++] = 0;
      }
      if (k == pick.length) {
        return new double[] {bestSpread, bestSquares};
      }
    }
  }

  @Property(tries = 200)
  void theFairnessBoundsAreNeverAboveTheBestRosterAndOftenMeetIt(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate start = LocalDate.of(2026, 9, 24).plusDays(r.nextInt(10));  // around National Day
    DutyPlan.Builder b = DutyPlan.builder(io.oakit.core.calendar.ChinaCalendars.official(), start,
        start.plusDays(1 + r.nextInt(4))).slots(DayCategory.WORKING_DAY, "值班员");
    if (r.nextBoolean()) {
      b.peakDay(start, "防汛");
    }
    DutyPlan plan = b.build();
    List<DutyPerson> pool = new ArrayList<>();
    int n = 2 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      pool.add(DutyPerson.of("p" + i, "人" + i, "d", "值班员").withHistory(r.nextInt(3) * (r.nextBoolean() ? 0.5 : 1)));
    }
    double[] best = bestByBruteForce(plan, pool);
    Map<Slot, String> any = new HashMap<>();
    plan.slots().forEach(s -> any.put(s, "p0"));
    Fairness.Pool figures = Roster.of(plan, any).fairness(pool).pools().get(0);
    assertThat(figures.lowerBound()).as("plan %s, pool %s", plan.slots(), pool).isLessThanOrEqualTo(best[0] + 1e-9);
    assertThat(figures.sumOfSquaresBound()).isLessThanOrEqualTo(best[1] + 1e-9);
    net.jqwik.api.statistics.Statistics.collect(Math.abs(figures.lowerBound() - best[0]) < 1e-9 ? "bound exact" : "bound below");
    boolean oneWeight = plan.slots().stream().map(s -> plan.weight(s.category())).distinct().count() == 1;
    boolean oneHistory = pool.stream().map(DutyPerson::history).distinct().count() == 1;
    if (oneWeight && oneHistory) {
      // duties of one weight among equals: the even split is a roster, so both bounds are met exactly
      assertThat(figures.lowerBound()).isEqualTo(best[0]);
      assertThat(figures.sumOfSquaresBound()).isEqualTo(best[1]);
    }
  }

  @Property(tries = 80)
  void replanningKeepsThePastChangesOnlyWhatItMustAndStaysValid(@ForAll long seed) {
    Instance in = RosterProperties.instance(seed, 2, false);
    Roster published;
    try {
      published = RosterGenerator.generate(in.plan(), in.people(), in.rules(), seed);
    } catch (InfeasibleRosterException e) {
      return;
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<Slot> slots = in.plan().slots();
    LocalDate from = slots.get(r.nextInt(slots.size())).date();
    // someone falls ill from that day for a week
    DutyPerson ill = in.people().get(r.nextInt(in.people().size()));
    List<DutyPerson> now = new ArrayList<>();
    for (DutyPerson p : in.people()) {
      now.add(p == ill ? p.withUnavailable(new DutyPerson.DateSpan(from, from.plusDays(6))) : p);
    }
    RosterEditor.Replanned out;
    try {
      out = new RosterEditor(now, in.rules()).replan(published, from, seed, "值班室", "主任",
          LocalDateTime.of(2026, 1, 1, 9, 0), "病假");
    } catch (InfeasibleRosterException e) {
      return;
    }
    Roster next = out.roster();
    for (Slot s : slots) {
      if (s.date().isBefore(from)) {
        assertThat(next.personAt(s)).isEqualTo(published.personAt(s));
      }
    }
    assertThat(next.assignments()).hasSize(slots.size());
    assertThat(RosterValidator.validate(next, now, in.rules()).stream()
        .filter(v -> v.hard() && !v.date().isBefore(from))).isEmpty();
    assertThat(out.changes()).allSatisfy(c -> assertThat(c.slot().date()).isAfterOrEqualTo(from));
    // exactly the slots reported differ
    long differing = slots.stream().filter(s -> !next.personAt(s).equals(published.personAt(s))).count();
    assertThat(out.changes()).hasSize((int) differing);
    // at least every duty of the ill person in the week changed; when nothing had to be widened, only those
    long mustChange = published.assignments().entrySet().stream().filter(e -> e.getValue().equals(ill.id())
        && !e.getKey().date().isBefore(from) && !e.getKey().date().isAfter(from.plusDays(6))).count();
    assertThat(out.changes().size()).isGreaterThanOrEqualTo((int) mustChange);
    net.jqwik.api.statistics.Statistics.collect(out.changes().size() == mustChange ? "only the ill person's duties" : "more");
    assertThat(next.version()).isEqualTo(published.version() + 1);
    assertThat(next.changes().get(next.changes().size() - 1).kind()).isEqualTo(RosterChange.Kind.REPLAN);
    assertThat(out.changes()).allSatisfy(c -> assertThat(c.before()).isNotEqualTo(Optional.of(c.after())));
  }
}
