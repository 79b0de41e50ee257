package io.oakit.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Swaps (换班) and overrides (临时替班) of a roster, checked against every hard rule. A change either
 * produces the next roster version, with the change recorded, or is refused with the hard
 * violations it would add; the roster asked about is never changed. Immutable and thread-safe.
 */
public final class RosterEditor {

  /**
   * The outcome of a change request.
   *
   * @param roster the new version, if the change is allowed
   * @param violations the hard violations the change would add, if refused
   */
  public record Outcome(Optional<Roster> roster, List<Violation> violations) {
    /**
     * Copies the list.
     *
     * @param roster the new version, if the change is allowed
     * @param violations the hard violations the change would add, if refused
     */
    public Outcome {
      requireNonNull(roster, "roster");
      violations = ImmutableList.copyOf(violations);
    }

    /** @return whether the change was allowed */
    public boolean allowed() {
      return roster.isPresent();
    }
  }

  /**
   * A re-planned roster and exactly what changed.
   *
   * @param roster the new version (the change recorded, {@link RosterChange.Kind#REPLAN})
   * @param changes every slot whose person changed, in plan order
   */
  public record Replanned(Roster roster, List<Reassignment> changes) {
    /**
     * Copies the list.
     *
     * @param changes every slot whose person changed, in plan order
     * @param roster the new version, if the change is allowed
     */
    public Replanned {
      requireNonNull(roster, "roster");
      changes = ImmutableList.copyOf(changes);
    }
  }

  /**
   * One slot's change.
   *
   * @param slot the slot
   * @param before who had it, empty if nobody
   * @param after who has it now
   */
  public record Reassignment(Slot slot, Optional<String> before, String after) {
    /**
     * Checks the arguments.
     *
     * @param after who has it now
     * @param before who had it, empty if nobody
     * @param slot the slot
     */
    public Reassignment {
      requireNonNull(slot, "slot");
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }
  }

  private final List<DutyPerson> people;
  private final List<RosterRule> rules;

  /**
   * @param people the people of the roster
   * @param rules the rules to keep
   */
  public RosterEditor(List<DutyPerson> people, List<RosterRule> rules) {
    this.people = ImmutableList.copyOf(requireNonNull(people, "people"));
    this.rules = ImmutableList.copyOf(requireNonNull(rules, "rules"));
  }

  /**
   * Two people exchange the duties of two slots.
   *
   * @param roster the current version
   * @param a a slot
   * @param b another slot, held by someone else
   * @param requestedBy who asked
   * @param approvedBy who approved
   * @param at when
   * @param reason why
   * @return the new version, or the violations
   * @throws IllegalArgumentException if a slot is unfilled or both are held by the same person
   */
  public Outcome swap(Roster roster, Slot a, Slot b, String requestedBy, String approvedBy, LocalDateTime at,
      String reason) {
    String pa = roster.personAt(a).orElseThrow(() -> new IllegalArgumentException("slot " + a + " is unfilled"));
    String pb = roster.personAt(b).orElseThrow(() -> new IllegalArgumentException("slot " + b + " is unfilled"));
    checkArgument(!pa.equals(pb), "both slots are held by %s", pa);
    Map<Slot, String> next = new LinkedHashMap<>(roster.assignments());
    next.put(a, pb);
    next.put(b, pa);
    return apply(roster, next, new RosterChange(roster.version() + 1, RosterChange.Kind.SWAP, List.of(a, b),
        pa + " ⇄ " + pb + " (" + a + " / " + b + ")", requestedBy, approvedBy, at, reason));
  }

  /**
   * Someone takes over one duty.
   *
   * @param roster the current version
   * @param slot the slot
   * @param substitute who takes it
   * @param requestedBy who asked
   * @param approvedBy who approved
   * @param at when
   * @param reason why
   * @return the new version, or the violations
   */
  public Outcome override(Roster roster, Slot slot, String substitute, String requestedBy, String approvedBy,
      LocalDateTime at, String reason) {
    requireNonNull(substitute, "substitute");
    String before = roster.personAt(slot).orElse("nobody");
    Map<Slot, String> next = new LinkedHashMap<>(roster.assignments());
    next.put(slot, substitute);
    return apply(roster, next, new RosterChange(roster.version() + 1, RosterChange.Kind.OVERRIDE, List.of(slot),
        before + " → " + substitute + " (" + slot + ")", requestedBy, approvedBy, at, reason));
  }

  /**
   * Re-plans the roster from a day for this editor's people and rules — someone marked unavailable from that
   * day, a new colleague added, a rule tightened — keeping every assignment before the day and every later one
   * that still keeps the hard rules, and filling only the rest (see {@link RosterGenerator}).
   *
   * @param roster the published version
   * @param from the first day that may change
   * @param seed the tie-break seed
   * @param requestedBy who asked
   * @param approvedBy who approved
   * @param at when
   * @param reason why, e.g. 张三病假
   * @return the next version and the slots that changed
   * @throws InfeasibleRosterException if no roster keeps the assignments before the day
   */
  public Replanned replan(Roster roster, java.time.LocalDate from, long seed, String requestedBy, String approvedBy,
      LocalDateTime at, String reason) {
    requireNonNull(roster, "roster");
    requireNonNull(from, "from");
    Map<String, DutyPerson> byId = new LinkedHashMap<>();
    for (DutyPerson p : people) {
      checkArgument(byId.put(p.id(), p) == null, "duplicate person id '%s'", p.id());
    }
    Map<Slot, String> next = new LinkedHashMap<>();
    RosterGenerator.replan(roster, byId, rules, from, seed, next);
    List<Reassignment> changed = new java.util.ArrayList<>();
    for (Slot s : roster.plan().slots()) {
      Optional<String> before = roster.personAt(s);
      String after = next.get(s);
      if (after != null && !before.equals(Optional.of(after))) {
        changed.add(new Reassignment(s, before, after));
      }
    }
    RosterChange change = new RosterChange(roster.version() + 1, RosterChange.Kind.REPLAN,
        changed.stream().map(Reassignment::slot).toList(),
        "re-planned from " + from + ": " + changed.size() + " slot(s) changed", requestedBy, approvedBy, at, reason);
    return new Replanned(roster.next(next, change), changed);
  }

  private Outcome apply(Roster roster, Map<Slot, String> next, RosterChange change) {
    requireNonNull(change.requestedBy(), "requestedBy");
    Set<Violation> before = new HashSet<>(RosterValidator.validate(roster, people, rules));
    Roster candidate = roster.next(next, change);
    List<Violation> added = RosterValidator.validate(candidate, people, rules).stream()
        .filter(Violation::hard).filter(v -> !before.contains(v)).toList();
    return added.isEmpty() ? new Outcome(Optional.of(candidate), List.of()) : new Outcome(Optional.empty(), added);
  }
}
