package io.oakit.core.roster;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates a fair roster that satisfies every hard rule.
 *
 * <p>How: slots are filled heaviest first (peak days, then holidays, weekends, working days), each
 * by the eligible person who breaks no hard rule, preferring people who break no soft rule, then the
 * lowest weighted load (history included), ties broken by a permutation drawn from the seed. When a
 * slot is left without a candidate the search backtracks (depth first, complete within a step
 * budget of 50 steps per slot; if that runs out it starts again filling the slots day by day, which
 * packs tight rest rules best), so adding people never turns a feasible plan infeasible. A bounded
 * rebalancing pass then moves or exchanges duties between the most and the least loaded person of a
 * role pool while that narrows the spread. No clock is read: the same input and seed give the same roster.
 */
public final class RosterGenerator {

  private RosterGenerator() {}

  /**
   * Generates the roster.
   *
   * @param plan the plan
   * @param people the people who may be rostered
   * @param rules the rules
   * @param seed the tie-break seed
   * @return the roster, version 1, each assignment explained
   * @throws InfeasibleRosterException if a slot is left with no candidate; it names the slot and the
   *     rules that excluded each person of the role
   * @throws IllegalArgumentException if two people share an id
   */
  public static Roster generate(DutyPlan plan, List<DutyPerson> people, List<RosterRule> rules, long seed) {
    requireNonNull(plan, "plan");
    requireNonNull(people, "people");
    requireNonNull(rules, "rules");
    Map<String, DutyPerson> byId = new LinkedHashMap<>();
    for (DutyPerson p : people) {
      if (byId.put(p.id(), p) != null) {
        throw new IllegalArgumentException("duplicate person id '" + p.id() + "'");
      }
    }
    List<String> ids = new ArrayList<>(byId.keySet());
    Collections.sort(ids);
    Collections.shuffle(ids, new Random(seed));
    Map<String, Integer> tieRank = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      tieRank.put(ids.get(i), i);
    }
    Map<String, List<DutyPerson>> byRole = new TreeMap<>();
    for (DutyPerson p : byId.values()) {
      for (String r : p.roles()) {
        byRole.computeIfAbsent(r, x -> new ArrayList<>()).add(p);
      }
    }
    List<Slot> heaviestFirst = new ArrayList<>(plan.slots());
    heaviestFirst.sort(Comparator.comparingDouble((Slot s) -> -plan.weight(s.category()))
        .thenComparing(s -> byRole.getOrDefault(s.role(), List.of()).size())
        .thenComparing(Slot::date)
        .thenComparingInt(Slot::index));
    List<Slot> byDate = new ArrayList<>(plan.slots());
    byDate.sort(Comparator.comparing(Slot::date)
        .thenComparing(s -> byRole.getOrDefault(s.role(), List.of()).size())
        .thenComparingInt(Slot::index));
    precheck(plan, byRole, new RosterState(plan, byId, ImmutableList.copyOf(rules)));
    RosterState state = null;
    Map<Slot, String> reasons = null;
    InfeasibleRosterException gaveUp = null;
    // heaviest duties first balances best; if that order runs out of steps, day by day packs tight
    // rest rules best
    for (List<Slot> order : List.of(heaviestFirst, byDate)) {
      state = new RosterState(plan, byId, ImmutableList.copyOf(rules));
      try {
        reasons = search(state, order, byRole, tieRank, 50L * order.size() + 10_000);
        break;
      } catch (SearchGaveUp e) {
        gaveUp = e.failure;
      }
    }
    if (reasons == null) {
      throw gaveUp;
    }
    rebalance(state, byRole, reasons, plan.slots().size() * 4L);
    return new Roster(plan, state.assigned, reasons, 1);
  }

  /** The step budget ran out: another order may still succeed. */
  private static final class SearchGaveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InfeasibleRosterException failure;

    SearchGaveUp(InfeasibleRosterException failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }

  /**
   * Refuses at once a role whose people cannot cover its duties under the minimum rest, and a day
   * that needs more people of a role than can take it that day.
   */
  private static void precheck(DutyPlan plan, Map<String, List<DutyPerson>> byRole, RosterState state) {
    long days = plan.endExclusive().toEpochDay() - plan.startInclusive().toEpochDay();
    for (RosterRule rule : state.rules) {
      if (rule instanceof RosterRule.MinimumRest rest && rule.hard()) {
        long each = (days + rest.days() - 1) / rest.days();
        Map<String, Slot> first = new TreeMap<>();
        Map<String, Integer> needed = new TreeMap<>();
        for (Slot s : plan.slots()) {
          first.putIfAbsent(s.role(), s);
          needed.merge(s.role(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : needed.entrySet()) {
          long capacity = each * byRole.getOrDefault(e.getKey(), List.of()).size();
          if (e.getValue() > capacity) {
            throw new InfeasibleRosterException(first.get(e.getKey()), Map.of(rule.name(), 0),
                "the role needs " + e.getValue() + " duties and its " + byRole.getOrDefault(e.getKey(), List.of()).size()
                    + " people can take at most " + capacity + " with " + rest.days() + " days between duties");
          }
        }
      }
    }
    Map<java.time.LocalDate, Map<String, Integer>> need = new TreeMap<>();
    Map<java.time.LocalDate, List<Slot>> firstSlot = new TreeMap<>();
    for (Slot s : plan.slots()) {
      need.computeIfAbsent(s.date(), d -> new TreeMap<>()).merge(s.role(), 1, Integer::sum);
      firstSlot.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
    }
    for (Map.Entry<java.time.LocalDate, Map<String, Integer>> day : need.entrySet()) {
      for (Map.Entry<String, Integer> role : day.getValue().entrySet()) {
        Slot slot = firstSlot.get(day.getKey()).stream().filter(s -> s.role().equals(role.getKey())).findFirst().orElseThrow();
        Map<String, Integer> excludedBy = new TreeMap<>();
        int able = 0;
        for (DutyPerson p : byRole.getOrDefault(role.getKey(), List.of())) {
          boolean ok = true;
          for (RosterState.Failure f : state.failures(slot, p)) {
            if (f.hard()) {
              ok = false;
              excludedBy.merge(f.rule(), 1, Integer::sum);
            }
          }
          able += ok ? 1 : 0;
        }
        if (able < role.getValue()) {
          throw new InfeasibleRosterException(slot, excludedBy,
              "the day needs " + role.getValue() + " and only " + able + " can take it");
        }
      }
    }
  }

  /**
   * Depth-first search in the given slot order, trying people from the least loaded up (so the first
   * roster found is the greedy one when no slot is left without a candidate), backtracking on a dead
   * end. Complete within the step budget.
   */
  private static Map<Slot, String> search(RosterState state, List<Slot> order, Map<String, List<DutyPerson>> byRole,
      Map<String, Integer> tieRank, long budget) {
    int n = order.size();
    @SuppressWarnings("unchecked")
    List<DutyPerson>[] candidates = new List[n];
    int[] next = new int[n];
    String[] why = new String[n];
    Slot deepest = null;
    Map<String, Integer> deepestExcluded = Map.of();
    int deepestPos = -1;
    long steps = 0;
    int pos = 0;
    while (pos < n) {
      Slot slot = order.get(pos);
      if (candidates[pos] == null) {
        List<DutyPerson> pool = byRole.getOrDefault(slot.role(), List.of());
        List<DutyPerson> ok = new ArrayList<>();
        Map<String, Integer> excludedBy = new TreeMap<>();
        Map<String, Integer> soft = new HashMap<>();
        for (DutyPerson p : pool) {
          int softCount = 0;
          boolean hardFail = false;
          for (RosterState.Failure f : state.failures(slot, p)) {
            if (f.hard()) {
              hardFail = true;
              excludedBy.merge(f.rule(), 1, Integer::sum);
            } else {
              softCount++;
            }
          }
          if (!hardFail) {
            ok.add(p);
            soft.put(p.id(), softCount);
          }
        }
        ok.sort(Comparator.comparingInt((DutyPerson p) -> soft.get(p.id()))
            .thenComparingDouble(p -> state.load.get(p.id()))
            .thenComparing(p -> tieRank.get(p.id())));
        candidates[pos] = ok;
        next[pos] = 0;
        if (ok.isEmpty() && pos > deepestPos) {
          deepestPos = pos;
          deepest = slot;
          deepestExcluded = excludedBy;
        }
        why[pos] = String.format("among %d eligible%s", ok.size(),
            excludedBy.isEmpty() ? "" : "; excluded " + excludedBy);
      } else {
        state.unassign(slot);
      }
      if (next[pos] < candidates[pos].size()) {
        DutyPerson p = candidates[pos].get(next[pos]++);
        if (next[pos] == 1) {
          why[pos] = String.format("%s: lowest weighted load so far %.1f (history %.1f) %s", p.id(),
              state.load.get(p.id()), p.history(), why[pos]);
        } else {
          why[pos] = p.id() + ": chosen after backtracking (the first choices left a later slot without a candidate)";
        }
        state.assign(slot, p.id());
        pos++;
        if (++steps > budget) {
          throw new SearchGaveUp(new InfeasibleRosterException(deepest != null ? deepest : slot, deepestExcluded,
              "the search gave up after " + budget + " steps in each of two orders without proving that no roster"
                  + " exists", true));
        }
      } else {
        candidates[pos] = null;
        pos--;
        if (pos < 0) {
          throw new InfeasibleRosterException(deepest != null ? deepest : slot, deepestExcluded,
              "every combination of the earlier slots was tried");
        }
      }
    }
    Map<Slot, String> reasons = new HashMap<>();
    for (int i = 0; i < n; i++) {
      reasons.put(order.get(i), why[i]);
    }
    return reasons;
  }

  private static List<Slot> sorted(java.util.Collection<Slot> slots) {
    List<Slot> out = new ArrayList<>(slots);
    out.sort(Comparator.comparing(Slot::date).thenComparingInt(Slot::index));
    return out;
  }

  /**
   * Moves a duty from the most to the least loaded person of each pool, or exchanges a heavier duty
   * of the one for a lighter duty of the other, while that narrows the spread. Each change lowers the
   * sum of squared loads, so the pass ends; it is also bounded by a step count.
   */
  private static void rebalance(RosterState state, Map<String, List<DutyPerson>> byRole, Map<Slot, String> reasons,
      long maxSteps) {
    long[] steps = {0};
    boolean improved = true;
    while (improved && steps[0] < maxSteps) {
      improved = false;
      for (Map.Entry<String, List<DutyPerson>> e : byRole.entrySet()) {
        List<DutyPerson> pool = new ArrayList<>(e.getValue());
        pool.sort(Comparator.comparingDouble((DutyPerson p) -> state.load.get(p.id())).thenComparing(DutyPerson::id));
        int k = Math.min(8, pool.size());
        search:
        for (int h = pool.size() - 1; h >= pool.size() - k; h--) {
          for (int l = 0; l < k && l < h; l++) {
            if (improve(state, e.getKey(), pool.get(h), pool.get(l), reasons, steps)) {
              improved = true;
              break search;
            }
          }
        }
      }
    }
  }

  /** One move or exchange from {@code high} to {@code low} that lowers the sum of squared loads, if any. */
  private static boolean improve(RosterState state, String role, DutyPerson high, DutyPerson low,
      Map<Slot, String> reasons, long[] steps) {
    double gap = state.load.get(high.id()) - state.load.get(low.id());
    if (gap <= 0) {
      return false;
    }
    List<Slot> highSlots = sorted(state.duties.get(high.id()).values());
    for (Slot s : highSlots) {
      steps[0]++;
      double w = state.plan.weight(s.category());
      if (!s.role().equals(role) || w >= gap || state.softCount(s, low) > 0) {
        continue;
      }
      state.unassign(s);
      if (state.hardOk(s, low)) {
        state.assign(s, low.id());
        reasons.put(s, String.format("%s: moved from %s to narrow the %s spread (loads now %.1f and %.1f)", low.id(),
            high.id(), role, state.load.get(high.id()), state.load.get(low.id())));
        return true;
      }
      state.assign(s, high.id());
    }
    List<Slot> lowSlots = sorted(state.duties.get(low.id()).values());
    for (Slot sh : highSlots) {
      for (Slot sl : lowSlots) {
        steps[0]++;
        double diff = state.plan.weight(sh.category()) - state.plan.weight(sl.category());
        if (!sh.role().equals(role) || !sl.role().equals(role) || diff <= 0 || diff >= gap) {
          continue;
        }
        state.unassign(sh);
        state.unassign(sl);
        if (state.hardOk(sh, low) && state.softCount(sh, low) == 0) {
          state.assign(sh, low.id());
          if (state.hardOk(sl, high) && state.softCount(sl, high) == 0) {
            state.assign(sl, high.id());
            String note = String.format("exchanged %s ⇄ %s to narrow the %s spread", sh, sl, role);
            reasons.put(sh, low.id() + ": " + note);
            reasons.put(sl, high.id() + ": " + note);
            return true;
          }
          state.unassign(sh);
        }
        state.assign(sh, high.id());
        state.assign(sl, low.id());
      }
    }
    return false;
  }
}
