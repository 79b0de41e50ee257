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
 * by the eligible person with the lowest weighted load (history included) who breaks no hard rule,
 * preferring people who break no soft rule, ties broken by a permutation drawn from the seed. A
 * bounded rebalancing pass then moves duties from the most to the least loaded person of a role
 * pool while that narrows the spread. No clock is read: the same input and seed give the same
 * roster.
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
    RosterState state = new RosterState(plan, byId, ImmutableList.copyOf(rules));
    List<Slot> order = new ArrayList<>(plan.slots());
    order.sort(Comparator.comparingDouble((Slot s) -> -plan.weight(s.category()))
        .thenComparing(s -> byRole.getOrDefault(s.role(), List.of()).size())
        .thenComparing(Slot::date)
        .thenComparingInt(Slot::index));
    Map<Slot, String> reasons = new HashMap<>();
    for (Slot slot : order) {
      List<DutyPerson> pool = byRole.getOrDefault(slot.role(), List.of());
      DutyPerson best = null;
      int bestSoft = 0;
      int excluded = 0;
      Map<String, Integer> excludedBy = new TreeMap<>();
      for (DutyPerson p : pool) {
        List<RosterState.Failure> failures = state.failures(slot, p);
        int soft = 0;
        boolean hardFail = false;
        for (RosterState.Failure f : failures) {
          if (f.hard()) {
            hardFail = true;
            excludedBy.merge(f.rule(), 1, Integer::sum);
          } else {
            soft++;
          }
        }
        if (hardFail) {
          excluded++;
          continue;
        }
        if (best == null || better(state, p, soft, best, bestSoft, tieRank)) {
          best = p;
          bestSoft = soft;
        }
      }
      if (best == null) {
        throw new InfeasibleRosterException(slot, excludedBy);
      }
      reasons.put(slot, String.format("%s: lowest weighted load so far %.1f (history %.1f) among %d eligible%s%s", best.id(),
          state.load.get(best.id()), best.history(), pool.size() - excluded,
          excluded == 0 ? "" : "; excluded " + excludedBy, bestSoft == 0 ? "" : "; breaks " + bestSoft + " soft rule(s)"));
      state.assign(slot, best.id());
    }
    rebalance(state, byRole, reasons, plan.slots().size() * 4L);
    return new Roster(plan, state.assigned, reasons, 1);
  }

  private static boolean better(RosterState state, DutyPerson p, int soft, DutyPerson best, int bestSoft,
      Map<String, Integer> tieRank) {
    if (soft != bestSoft) {
      return soft < bestSoft;
    }
    int c = Double.compare(state.load.get(p.id()), state.load.get(best.id()));
    return c != 0 ? c < 0 : tieRank.get(p.id()) < tieRank.get(best.id());
  }

  /** Moves duties from the most to the least loaded person of each pool while that narrows the spread. */
  private static void rebalance(RosterState state, Map<String, List<DutyPerson>> byRole, Map<Slot, String> reasons,
      long maxSteps) {
    long steps = 0;
    boolean improved = true;
    while (improved && steps < maxSteps) {
      improved = false;
      for (Map.Entry<String, List<DutyPerson>> e : byRole.entrySet()) {
        List<DutyPerson> pool = new ArrayList<>(e.getValue());
        pool.sort(Comparator.comparingDouble((DutyPerson p) -> state.load.get(p.id())).thenComparing(DutyPerson::id));
        DutyPerson low = pool.get(0);
        DutyPerson high = pool.get(pool.size() - 1);
        double gap = state.load.get(high.id()) - state.load.get(low.id());
        List<Slot> candidates = new ArrayList<>(state.duties.get(high.id()).values());
        candidates.sort(Comparator.comparing(Slot::date).thenComparingInt(Slot::index));
        for (Slot s : candidates) {
          steps++;
          double w = state.plan.weight(s.category());
          if (!s.role().equals(e.getKey()) || w >= gap || state.softCount(s, low) > 0) {
            continue;
          }
          state.unassign(s);
          if (state.hardOk(s, low)) {
            state.assign(s, low.id());
            reasons.put(s, String.format("%s: moved from %s to narrow the %s spread (%.1f → load %.1f)", low.id(),
                high.id(), e.getKey(), gap, state.load.get(low.id())));
            improved = true;
            break;
          }
          state.assign(s, high.id());
        }
      }
    }
  }
}
