package io.oakit.core.roster;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
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

  /**
   * Pools up to this size are judged whole for every slot (and the explanation counts everyone eligible); larger
   * pools are read in load order only until the choice is made, which keeps generation close to linear in the
   * number of slots.
   */
  static final int JUDGE_EVERYONE = 400;

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
    return generate(plan, people, rules, seed, JUDGE_EVERYONE);
  }

  /** As {@link #generate(DutyPlan, List, List, long)}, pools above {@code judgeEveryone} read lazily (tests: 0). */
  static Roster generate(DutyPlan plan, List<DutyPerson> people, List<RosterRule> rules, long seed,
      int judgeEveryone) {
    requireNonNull(plan, "plan");
    requireNonNull(people, "people");
    requireNonNull(rules, "rules");
    Map<String, DutyPerson> byId = new LinkedHashMap<>();
    for (DutyPerson p : people) {
      if (byId.put(p.id(), p) != null) {
        throw new IllegalArgumentException("duplicate person id '" + p.id() + "'");
      }
    }
    Map<String, Integer> tieRank = tieRank(byId, seed);
    Map<String, List<DutyPerson>> byRole = byRole(byId);
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
      state.order(byRole, tieRank);
      try {
        reasons = search(state, order, byRole, tieRank, 50L * order.size() + 10_000, judgeEveryone);
        break;
      } catch (SearchGaveUp e) {
        gaveUp = e.failure;
      }
    }
    if (reasons == null) {
      throw gaveUp;
    }
    rebalance(state, byRole, reasons, plan.slots().size() * 1000L);
    return new Roster(plan, state.assigned, reasons, 1);
  }

  private static Map<String, Integer> tieRank(Map<String, DutyPerson> byId, long seed) {
    List<String> ids = new ArrayList<>(byId.keySet());
    Collections.sort(ids);
    Collections.shuffle(ids, new Random(seed));
    Map<String, Integer> tieRank = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      tieRank.put(ids.get(i), i);
    }
    return tieRank;
  }

  private static Map<String, List<DutyPerson>> byRole(Map<String, DutyPerson> byId) {
    Map<String, List<DutyPerson>> byRole = new TreeMap<>();
    for (DutyPerson p : byId.values()) {
      for (String r : p.roles()) {
        byRole.computeIfAbsent(r, x -> new ArrayList<>()).add(p);
      }
    }
    return byRole;
  }

  /**
   * Re-plans a published roster from a day with as few changes as it can: every assignment before the day is
   * kept as it was (even one the rules would now refuse: it is history); from the day on, every assignment that
   * still keeps the hard rules is kept, and only the others are filled again, day by day, least loaded first.
   * When those cannot all be filled, the kept assignments around the first slot left without a candidate are
   * freed too, a week either side, then two, four, …, up to every slot from the day on. No rebalancing: fairness
   * is not worth moving a duty someone already planned around.
   *
   * @param assignments filled with the whole re-planned roster
   * @throws InfeasibleRosterException if even freeing every slot from the day on leaves one without a candidate
   */
  static void replan(Roster published, Map<String, DutyPerson> byId, List<RosterRule> rules,
      LocalDate from, long seed, Map<Slot, String> assignments) {
    DutyPlan plan = published.plan();
    Map<String, Integer> tieRank = tieRank(byId, seed);
    Map<String, List<DutyPerson>> byRole = byRole(byId);
    List<Slot> future = plan.slots().stream().filter(s -> !s.date().isBefore(from))
        .sorted(Comparator.comparing(Slot::date).thenComparing(s -> byRole.getOrDefault(s.role(), List.of()).size())
            .thenComparingInt(Slot::index))
        .toList();
    java.util.Set<Slot> freed = new java.util.HashSet<>();
    java.util.Set<Slot> planned = new java.util.HashSet<>(plan.slots());
    for (long window = 0; ; window = window == 0 ? 7 : window * 2) {
      RosterState state = new RosterState(plan, byId, ImmutableList.copyOf(rules));
      state.order(byRole, tieRank);
      published.assignments().forEach((slot, who) -> {
        if (byId.containsKey(who) && planned.contains(slot)) {
          state.assign(slot, who);
        }
      });
      List<Slot> open = new ArrayList<>();
      for (Slot slot : future) {
        String who = published.assignments().get(slot);
        if (who != null) {
          state.unassign(slot);
        }
        // kept only if the person is still there and the slot keeps every hard rule with the others kept
        if (who != null && !freed.contains(slot) && byId.containsKey(who) && state.hardOk(slot, byId.get(who))) {
          state.assign(slot, who);
        } else {
          open.add(slot);
        }
      }
      try {
        search(state, open, byRole, tieRank, 50L * open.size() + 10_000, JUDGE_EVERYONE);
        assignments.clear();
        assignments.putAll(state.assigned);
        published.assignments().forEach((slot, who) -> assignments.putIfAbsent(slot, who));
        return;
      } catch (InfeasibleRosterException | SearchGaveUp e) {
        InfeasibleRosterException failure = e instanceof SearchGaveUp g ? g.failure : (InfeasibleRosterException) e;
        if (freed.size() >= future.size()) {
          throw failure;
        }
        LocalDate at = failure.slot().date();
        long w = window == 0 ? 7 : window * 2;
        for (Slot s : future) {
          if (Math.abs(s.date().toEpochDay() - at.toEpochDay()) <= w) {
            freed.add(s);
          }
        }
      }
    }
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
    // a day needs as many different people able to take its duties of a role as it has duties, and each duty
    // someone; without a host's own rules the duties of a day and role are alike, so the first stands for all
    boolean alike = state.rules.stream().noneMatch(r -> r instanceof RosterRule.Custom);
    Map<java.time.LocalDate, Map<String, List<Slot>>> byDayAndRole = new TreeMap<>();
    for (Slot s : plan.slots()) {
      byDayAndRole.computeIfAbsent(s.date(), d -> new TreeMap<>()).computeIfAbsent(s.role(), r -> new ArrayList<>()).add(s);
    }
    for (Map<String, List<Slot>> day : byDayAndRole.values()) {
      for (Map.Entry<String, List<Slot>> role : day.entrySet()) {
        List<Slot> slots = role.getValue();
        java.util.Set<String> able = new java.util.HashSet<>();
        for (Slot slot : alike ? slots.subList(0, 1) : slots) {
          Map<String, Integer> excludedBy = new TreeMap<>();
          int ableHere = 0;
          for (DutyPerson p : byRole.getOrDefault(role.getKey(), List.of())) {
            if (state.classify(slot, p, excludedBy) >= 0) {
              ableHere++;
              able.add(p.id());
            }
          }
          if (ableHere == 0 || (alike && ableHere < slots.size())) {
            throw new InfeasibleRosterException(slot, excludedBy,
                "the day needs " + slots.size() + " and only " + ableHere + " can take it");
          }
        }
        if (able.size() < slots.size()) {
          throw new InfeasibleRosterException(slots.get(0), Map.of(),
              "the day needs " + slots.size() + " and only " + able.size() + " different people can take its duties");
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
      Map<String, Integer> tieRank, long budget, int judgeEveryone) {
    int n = order.size();
    @SuppressWarnings("unchecked")
    List<DutyPerson>[] candidates = new List[n];
    int[] next = new int[n];
    boolean[] complete = new boolean[n];
    Map<String, int[]> rowsByRole = new HashMap<>();
    Map<String, int[]> tiesByRole = new HashMap<>();
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
        int day = state.dayOf(slot);
        Map<String, Integer> excludedBy = new TreeMap<>();
        int best = -1;
        int bestSoft = 0;
        int able = 0;
        if (pool.size() <= judgeEveryone) {
          // one pass judges everyone and keeps the best (fewest soft rules broken, then the lowest load, then the
          // seed's order); the whole order is sorted only if the search comes back for a second choice
          int[] rows = rowsByRole.computeIfAbsent(slot.role(), r -> pool.stream().mapToInt(p -> state.row(p.id())).toArray());
          int[] ties = tiesByRole.computeIfAbsent(slot.role(), r -> pool.stream().mapToInt(p -> tieRank.get(p.id())).toArray());
          int bestAt = -1;
          for (int i = 0; i < rows.length; i++) {
            int soft = state.classify(slot, day, pool.get(i), rows[i], excludedBy);
            if (soft >= 0) {
              able++;
              if (bestAt < 0 || soft < bestSoft || (soft == bestSoft && (state.loadOf[rows[i]] < state.loadOf[rows[bestAt]]
                  || (state.loadOf[rows[i]] == state.loadOf[rows[bestAt]] && ties[i] < ties[bestAt])))) {
                bestAt = i;
                bestSoft = soft;
              }
            }
          }
          best = bestAt < 0 ? -1 : rows[bestAt];
          why[pos] = String.format("among %d eligible%s", able, excludedBy.isEmpty() ? "" : "; excluded " + excludedBy);
          complete[pos] = able <= 1;
        } else {
          // a large pool is read least loaded first and only until someone breaks no rule: the same choice as
          // judging everyone, at the cost of the people ahead of them
          int ahead = 0;
          for (int r : state.ordered(slot.role())) {
            int soft = state.classify(slot, day, state.person(r), r, excludedBy);
            if (soft >= 0 && (best < 0 || soft < bestSoft)) {
              best = r;
              bestSoft = soft;
            }
            if (soft == 0) {
              break;
            }
            ahead++;
          }
          why[pos] = String.format("of the %d who can fill %s, the first in load order breaking no rule (%d ahead%s)",
              pool.size(), slot.role(), ahead, excludedBy.isEmpty() ? "" : ", excluded " + excludedBy);
          complete[pos] = false;
        }
        candidates[pos] = best < 0 ? List.of() : List.of(state.person(best));
        next[pos] = 0;
        if (best < 0 && pos > deepestPos) {
          deepestPos = pos;
          deepest = slot;
          deepestExcluded = excludedBy;
        }
      } else {
        state.unassign(slot);
        if (!complete[pos]) {
          // back for a second choice: the state is as it was when the slot was first judged
          List<DutyPerson> all = new ArrayList<>();
          Map<String, Integer> soft = new HashMap<>();
          for (DutyPerson p : byRole.getOrDefault(slot.role(), List.of())) {
            int broken = state.classify(slot, p, null);
            if (broken >= 0) {
              all.add(p);
              soft.put(p.id(), broken);
            }
          }
          all.sort(Comparator.comparingInt((DutyPerson p) -> soft.get(p.id()))
              .thenComparingDouble(p -> state.load.get(p.id()))
              .thenComparing(p -> tieRank.get(p.id())));
          candidates[pos] = all;
          complete[pos] = true;
        }
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
    boolean wide = false;
    Map<String, Double> bounds = new HashMap<>();
    byRole.forEach((role, pool) -> bounds.put(role, FairnessBounds.spread(state.plan, role, pool, state.load)));
    while (improved && steps[0] < maxSteps) {
      improved = false;
      for (Map.Entry<String, List<DutyPerson>> e : byRole.entrySet()) {
        List<DutyPerson> pool = new ArrayList<>(e.getValue());
        pool.sort(Comparator.comparingDouble((DutyPerson p) -> state.load.get(p.id())).thenComparing(DutyPerson::id));
        // the eight most against the eight least loaded; when no pair of them can narrow the spread, everyone
        // at the highest load against everyone at the lowest (up to 64 each)
        if (pool.isEmpty() || state.load.get(pool.get(pool.size() - 1).id()) - state.load.get(pool.get(0).id())
            <= bounds.get(e.getKey()) + 1e-9) {
          continue;  // as fair as any roster can be
        }
        int hk = Math.min(8, pool.size());
        int lk = hk;
        if (wide && !pool.isEmpty()) {
          double max = state.load.get(pool.get(pool.size() - 1).id());
          double min = state.load.get(pool.get(0).id());
          hk = (int) Math.min(64, pool.stream().filter(p -> state.load.get(p.id()) >= max - 1e-9).count());
          lk = (int) Math.min(64, pool.stream().filter(p -> state.load.get(p.id()) <= min + 1e-9).count());
        }
        search:
        for (int h = pool.size() - 1; h >= pool.size() - hk; h--) {
          for (int l = 0; l < lk && l < h; l++) {
            if (improve(state, e.getKey(), pool.get(h), pool.get(l), reasons, steps)) {
              improved = true;
              break search;
            }
          }
        }
        if (!improved && wide) {
          // no pair can: a chain through someone in the middle
          List<DutyPerson> lows = pool.subList(0, lk);
          for (int h = pool.size() - 1; h >= pool.size() - Math.min(hk, 16) && !improved; h--) {
            improved = chain(state, e.getKey(), pool.get(h), pool, lows, reasons, steps, maxSteps);
          }
        }
      }
      if (!improved && !wide) {
        wide = true;
        improved = true;
      }
    }
  }

  /**
   * Two exchanges in a row: {@code high} hands a heavier duty to someone whose load was lower by exactly the
   * difference (their loads trade places, nothing gained yet), who then narrows the spread with one of the least
   * loaded; kept only when the second step succeeds, so the sum of squared loads falls.
   */
  private static boolean chain(RosterState state, String role, DutyPerson high, List<DutyPerson> pool,
      List<DutyPerson> lows, Map<Slot, String> reasons, long[] steps, long maxSteps) {
    for (Slot sh : sorted(state.duties.get(high.id()).values())) {
      if (!sh.role().equals(role)) {
        continue;
      }
      for (DutyPerson m : pool) {
        double delta = state.load.get(high.id()) - state.load.get(m.id());
        if (m == high || delta <= 0) {
          continue;
        }
        if (Math.abs(state.plan.weight(sh.category()) - delta) < 1e-9) {
          // a move: high hands the duty over
          steps[0]++;
          state.unassign(sh);
          if (state.hardOk(sh, m) && state.softCount(sh, m) == 0) {
            state.assign(sh, m.id());
            if (secondStep(state, role, high, m, lows, reasons, steps,
                String.format("%s: moved from %s, then %s passed on a duty, to narrow the %s spread", m.id(), high.id(),
                    m.id(), role), sh, null)) {
              return true;
            }
            state.unassign(sh);
          }
          state.assign(sh, high.id());
        }
        for (Slot sm : sorted(state.duties.get(m.id()).values())) {
          if (++steps[0] > maxSteps) {
            return false;
          }
          double diff = state.plan.weight(sh.category()) - state.plan.weight(sm.category());
          if (!sm.role().equals(role) || Math.abs(diff - delta) > 1e-9) {
            continue;
          }
          if (exchange(state, sh, high, sm, m)) {
            if (secondStep(state, role, high, m, lows, reasons, steps,
                String.format("exchanged %s ⇄ %s, then %s passed on a duty, to narrow the %s spread", sh, sm, m.id(),
                    role), sh, sm)) {
              return true;
            }
            state.unassign(sh);  // back as it was
            state.unassign(sm);
            state.assign(sh, high.id());
            state.assign(sm, m.id());
          }
        }
      }
    }
    return false;
  }

  /** The chain's second step: the middle person narrows the spread with one of the least loaded, if any can. */
  private static boolean secondStep(RosterState state, String role, DutyPerson high, DutyPerson m,
      List<DutyPerson> lows, Map<Slot, String> reasons, long[] steps, String note, Slot sh, Slot sm) {
    Map<Slot, String> next = new HashMap<>();
    for (DutyPerson l : lows) {
      if (l != m && l != high && improve(state, role, m, l, next, steps)) {
        reasons.put(sh, sm == null ? note : m.id() + ": " + note);
        if (sm != null) {
          reasons.put(sm, high.id() + ": " + note);
        }
        reasons.putAll(next);
        return true;
      }
    }
    return false;
  }

  /**
   * {@code a} (holding {@code sa}) and {@code b} (holding {@code sb}) exchange the two duties if both keep every
   * hard rule and break no soft one; otherwise nothing changes.
   *
   * @return whether they exchanged
   */
  private static boolean exchange(RosterState state, Slot sa, DutyPerson a, Slot sb, DutyPerson b) {
    state.unassign(sa);
    state.unassign(sb);
    if (state.hardOk(sa, b) && state.softCount(sa, b) == 0) {
      state.assign(sa, b.id());
      if (state.hardOk(sb, a) && state.softCount(sb, a) == 0) {
        state.assign(sb, a.id());
        return true;
      }
      state.unassign(sa);
    }
    state.assign(sa, a.id());
    state.assign(sb, b.id());
    return false;
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
        if (exchange(state, sh, high, sl, low)) {
          String note = String.format("exchanged %s ⇄ %s to narrow the %s spread", sh, sl, role);
          reasons.put(sh, low.id() + ": " + note);
          reasons.put(sl, high.id() + ": " + note);
          return true;
        }
      }
    }
    return false;
  }
}
