package io.oakit.core.roster;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A roster version: who takes each slot of a plan, and why. Immutable and thread-safe.
 */
public final class Roster {

  private final DutyPlan plan;
  private final ImmutableMap<Slot, String> assignments;
  private final ImmutableMap<Slot, String> reasons;
  private final int version;
  private final ImmutableList<RosterChange> changes;

  Roster(DutyPlan plan, Map<Slot, String> assignments, Map<Slot, String> reasons, int version) {
    this(plan, assignments, reasons, version, ImmutableList.of());
  }

  private Roster(DutyPlan plan, Map<Slot, String> assignments, Map<Slot, String> reasons, int version,
      ImmutableList<RosterChange> changes) {
    this.plan = plan;
    Map<Slot, String> ordered = new LinkedHashMap<>();
    for (Slot s : plan.slots()) {
      String who = assignments.get(s);
      if (who != null) {
        ordered.put(s, who);
      }
    }
    this.assignments = ImmutableMap.copyOf(ordered);
    this.reasons = ImmutableMap.copyOf(reasons);
    this.version = version;
    this.changes = changes;
  }

  private Roster(DutyPlan plan, ImmutableMap<Slot, String> assignments, Map<Slot, String> reasons, int version,
      ImmutableList<RosterChange> changes, boolean asStored) {
    this.plan = plan;
    this.assignments = assignments;
    this.reasons = ImmutableMap.copyOf(reasons);
    this.version = version;
    this.changes = changes;
  }

  /**
   * A roster version as it was decided and stored, whatever the plan, people and rules are now:
   * exactly these slots and people (in the given order), these reasons and changes. The plan gives
   * only the handover time and the duty weights for {@link #onDutyAt} and {@link #fairness}.
   *
   * @param plan the plan the roster belongs to
   * @param assignments slot → person, as stored, in order
   * @param reasons slot → why, as stored
   * @param version the version
   * @param changes the changes that led to this version, oldest first
   * @return the roster
   * @throws IllegalArgumentException if the version is below 1
   */
  public static Roster restore(DutyPlan plan, Map<Slot, String> assignments, Map<Slot, String> reasons, int version,
      List<RosterChange> changes) {
    requireNonNull(plan, "plan");
    com.google.common.base.Preconditions.checkArgument(version >= 1, "version must be >= 1 but was %s", version);
    return new Roster(plan, ImmutableMap.copyOf(assignments), reasons, version, ImmutableList.copyOf(changes), true);
  }

  /** The next version with the given assignments and the change recorded. */
  Roster next(Map<Slot, String> assignments, RosterChange change) {
    Map<Slot, String> why = new LinkedHashMap<>(reasons);
    for (Slot s : change.slots()) {
      why.put(s, assignments.get(s) + ": " + change.kind() + " v" + change.version() + " requested by "
          + change.requestedBy() + ", approved by " + change.approvedBy() + " at " + change.at() + " (" + change.reason() + ")");
    }
    // the slots as this version holds them (a stored roster keeps its slots even if the plan changed since)
    List<Map.Entry<Slot, String>> ordered = new ArrayList<>(assignments.entrySet());
    ordered.sort(java.util.Comparator.comparing((Map.Entry<Slot, String> e) -> e.getKey().date())
        .thenComparingInt(e -> e.getKey().index()));
    ImmutableMap.Builder<Slot, String> b = ImmutableMap.builderWithExpectedSize(ordered.size());
    ordered.forEach(e -> b.put(e.getKey(), e.getValue()));
    return new Roster(plan, b.buildOrThrow(), why, change.version(),
        ImmutableList.<RosterChange>builder().addAll(changes).add(change).build(), true);
  }

  /** @return the changes that led to this version, oldest first */
  public ImmutableList<RosterChange> changes() {
    return changes;
  }

  /**
   * A roster as edited by hand, to be checked with {@link RosterValidator}.
   *
   * @param plan the plan
   * @param assignments slot → person id; slots may be missing (unfilled)
   * @return the roster, version 1
   */
  public static Roster of(DutyPlan plan, Map<Slot, String> assignments) {
    requireNonNull(plan, "plan");
    requireNonNull(assignments, "assignments");
    Map<Slot, String> reasons = new LinkedHashMap<>();
    assignments.keySet().forEach(s -> reasons.put(s, "assigned by hand"));
    return new Roster(plan, assignments, reasons, 1);
  }

  /** @return the plan */
  public DutyPlan plan() {
    return plan;
  }

  /** @return slot → person, in plan order */
  public ImmutableMap<Slot, String> assignments() {
    return assignments;
  }

  /** @return the version, 1 for a new roster */
  public int version() {
    return version;
  }

  /**
   * @param slot a slot
   * @return who takes it
   */
  public Optional<String> personAt(Slot slot) {
    return Optional.ofNullable(assignments.get(requireNonNull(slot, "slot")));
  }

  /**
   * @param slot a slot
   * @return why that person takes it
   */
  public String why(Slot slot) {
    return reasons.getOrDefault(requireNonNull(slot, "slot"), "unfilled");
  }

  /**
   * @param personId a person
   * @param fromInclusive the first day
   * @param toExclusive the day after the last
   * @return the person's slots in the days, in order
   */
  public ImmutableList<Slot> dutiesOf(String personId, LocalDate fromInclusive, LocalDate toExclusive) {
    requireNonNull(personId, "personId");
    List<Slot> out = new ArrayList<>();
    assignments.forEach((s, p) -> {
      if (p.equals(personId) && !s.date().isBefore(fromInclusive) && s.date().isBefore(toExclusive)) {
        out.add(s);
      }
    });
    return ImmutableList.copyOf(out);
  }

  /**
   * Who is on duty at an instant: the duty day runs from the handover time to the next day's
   * handover, so at 07:00 the previous day's duty is still on.
   *
   * @param at the instant (wall-clock time of the calendar's zone)
   * @return slot → person for that duty day, empty outside the plan
   */
  public ImmutableMap<Slot, String> onDutyAt(LocalDateTime at) {
    requireNonNull(at, "at");
    Map<Slot, String> out = new LinkedHashMap<>();
    if (plan.isDaytime()) {
      // a daytime duty covers its own hours only
      assignments.forEach((s, p) -> {
        if (!at.isBefore(plan.dutyStart(s)) && at.isBefore(plan.dutyEnd(s))) {
          out.put(s, p);
        }
      });
      return ImmutableMap.copyOf(out);
    }
    LocalDate day = at.toLocalTime().isBefore(plan.handover()) ? at.toLocalDate().minusDays(1) : at.toLocalDate();
    assignments.forEach((s, p) -> {
      if (s.date().equals(day)) {
        out.put(s, p);
      }
    });
    return ImmutableMap.copyOf(out);
  }

  /**
   * How fairly the roster shares the duties.
   *
   * @param people everyone who could be rostered (their history counts)
   * @return loads, counts and spreads per role pool
   */
  public Fairness fairness(Collection<DutyPerson> people) {
    Map<String, Double> load = new TreeMap<>();
    Map<String, Map<DayCategory, Integer>> counts = new TreeMap<>();
    for (DutyPerson p : people) {
      load.put(p.id(), p.history());
      counts.put(p.id(), new EnumMap<>(DayCategory.class));
    }
    assignments.forEach((s, p) -> {
      load.merge(p, plan.weight(s.category()), Double::sum);
      counts.computeIfAbsent(p, x -> new EnumMap<>(DayCategory.class)).merge(s.category(), 1, Integer::sum);
    });
    List<Fairness.PersonLoad> loads = new ArrayList<>();
    load.forEach((p, l) -> loads.add(new Fairness.PersonLoad(p, l, counts.get(p))));
    TreeSet<String> roles = new TreeSet<>();
    plan.slots().forEach(s -> roles.add(s.role()));
    List<Fairness.Pool> pools = new ArrayList<>();
    for (String role : roles) {
      List<DutyPerson> pool = people.stream().filter(p -> p.roles().contains(role)).toList();
      if (pool.isEmpty()) {
        continue;
      }
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      double sum = 0;
      double squares = 0;
      for (DutyPerson p : pool) {
        double l = load.get(p.id());
        max = Math.max(max, l);
        min = Math.min(min, l);
        sum += l;
        squares += l * l;
      }
      double mean = sum / pool.size();
      double var = 0;
      for (DutyPerson p : pool) {
        var += Math.pow(load.get(p.id()) - mean, 2);
      }
      double bound = FairnessBounds.spread(plan, role, pool, load);
      double spread = max - min;
      pools.add(new Fairness.Pool(role, pool.size(), max, min, spread, Math.sqrt(var / pool.size()), bound,
          Math.max(0, spread - bound), squares, FairnessBounds.sumOfSquares(plan, pool, load)));
    }
    return new Fairness(loads, pools);
  }

  /** Slot per line: {@code date role person}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Roster v" + version + " " + plan + "\n");
    assignments.forEach((slot, p) -> s.append(slot.date()).append(' ').append(slot.role()).append(' ').append(p).append('\n'));
    return s.toString();
  }
}
