package io.oakit.core.roster;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a roster — generated or edited by hand — against the rules, listing every violation. */
public final class RosterValidator {

  private RosterValidator() {}

  /**
   * Every violation: unfilled slots, unknown people, people in a role they cannot fill, two slots on
   * one day, and each hard or soft rule broken — on the plan's slots and on any slot a stored roster holds
   * beyond them (restored as decided after its plan changed).
   *
   * @param roster the roster
   * @param people the people
   * @param rules the rules
   * @return the violations in plan order, then the stored slots beyond the plan by date; empty when the roster
   *     is valid
   */
  public static ImmutableList<Violation> validate(Roster roster, List<DutyPerson> people, List<RosterRule> rules) {
    requireNonNull(roster, "roster");
    Map<String, DutyPerson> byId = new LinkedHashMap<>();
    people.forEach(p -> byId.put(p.id(), p));
    RosterState state = new RosterState(roster.plan(), byId, ImmutableList.copyOf(rules), roster.assignments().keySet());
    List<Violation> out = new ArrayList<>();
    roster.assignments().forEach((slot, who) -> {
      if (byId.containsKey(who)) {
        state.assign(slot, who);
      }
    });
    // the plan's slots, then any a stored roster holds beyond them (its plan changed since), in date order
    List<Slot> slots = new ArrayList<>(roster.plan().slots());
    java.util.Set<Slot> planned = new java.util.HashSet<>(slots);
    roster.assignments().keySet().stream().filter(s -> !planned.contains(s))
        .sorted(java.util.Comparator.comparing(Slot::date).thenComparingInt(Slot::index)).forEach(slots::add);
    for (Slot slot : slots) {
      String who = roster.assignments().get(slot);
      if (who == null) {
        out.add(new Violation("every slot filled", true, slot.date(), "", slot.role() + " is unfilled"));
        continue;
      }
      DutyPerson p = byId.get(who);
      if (p == null) {
        out.add(new Violation("known people", true, slot.date(), who, "no such person"));
        continue;
      }
      for (RosterState.Failure f : state.failures(slot, p)) {
        out.add(new Violation(f.rule(), f.hard(), slot.date(), who, f.why()));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * @param roster the roster
   * @param people the people
   * @param rules the rules
   * @return whether the roster breaks no hard rule
   */
  public static boolean isValid(Roster roster, List<DutyPerson> people, List<RosterRule> rules) {
    return validate(roster, people, rules).stream().noneMatch(Violation::hard);
  }
}
