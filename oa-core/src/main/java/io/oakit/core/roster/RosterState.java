package io.oakit.core.roster;

import io.oakit.core.roster.RosterRule.Custom;
import io.oakit.core.roster.RosterRule.DifferentDepartments;
import io.oakit.core.roster.RosterRule.MaxPerMonth;
import io.oakit.core.roster.RosterRule.MinimumRest;
import io.oakit.core.roster.RosterRule.NoConsecutiveHolidayPeriods;
import io.oakit.core.roster.RosterRule.NotUnavailable;
import io.oakit.core.roster.RosterRule.RespectPreferences;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assignments under construction or check, with the indexes every rule needs. Not thread-safe. */
final class RosterState {

  /** One reason a person cannot (hard) or should not (soft) take a slot. */
  record Failure(String rule, boolean hard, String why) {}

  final DutyPlan plan;
  final Map<String, DutyPerson> people;
  final List<RosterRule> rules;
  final Map<Slot, String> assigned = new HashMap<>();
  final Map<String, TreeMap<LocalDate, Slot>> duties = new HashMap<>();
  final Map<String, Double> load = new HashMap<>();
  final Map<LocalDate, List<Slot>> byDay = new HashMap<>();
  final Map<LocalDate, Integer> holidayPeriod = new HashMap<>();

  RosterState(DutyPlan plan, Map<String, DutyPerson> people, List<RosterRule> rules) {
    this.plan = plan;
    this.people = people;
    this.rules = rules;
    int period = -1;
    LocalDate previous = null;
    for (Slot s : plan.slots()) {
      byDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
      boolean holiday = s.category() == DayCategory.HOLIDAY || s.category() == DayCategory.PEAK;
      if (holiday && !holidayPeriod.containsKey(s.date())) {
        if (previous == null || !previous.equals(s.date().minusDays(1))) {
          period++;
        }
        holidayPeriod.put(s.date(), period);
        previous = s.date();
      }
    }
    for (DutyPerson p : people.values()) {
      load.put(p.id(), p.history());
      duties.put(p.id(), new TreeMap<>());
    }
  }

  void assign(Slot slot, String personId) {
    assigned.put(slot, personId);
    duties.get(personId).put(slot.date(), slot);
    load.merge(personId, plan.weight(slot.category()), Double::sum);
  }

  void unassign(Slot slot) {
    String personId = assigned.remove(slot);
    if (personId != null) {
      duties.get(personId).remove(slot.date());
      load.merge(personId, -plan.weight(slot.category()), Double::sum);
    }
  }

  /** Why the person cannot or should not take the slot, given every other assignment. */
  List<Failure> failures(Slot slot, DutyPerson p) {
    List<Failure> out = new ArrayList<>(2);
    if (!p.roles().contains(slot.role())) {
      out.add(new Failure("role eligibility", true, p.id() + " cannot fill " + slot.role()));
    }
    TreeMap<LocalDate, Slot> mine = duties.get(p.id());
    Slot same = mine.get(slot.date());
    if (same != null && !same.equals(slot)) {
      out.add(new Failure("one slot per day", true, p.id() + " already has " + same.role() + " that day"));
    }
    for (RosterRule rule : rules) {
      String why = check(rule, slot, p, mine);
      if (why != null) {
        out.add(new Failure(rule.name(), rule.hard(), why));
      }
    }
    return out;
  }

  boolean hardOk(Slot slot, DutyPerson p) {
    for (Failure f : failures(slot, p)) {
      if (f.hard()) {
        return false;
      }
    }
    return true;
  }

  int softCount(Slot slot, DutyPerson p) {
    int n = 0;
    for (Failure f : failures(slot, p)) {
      n += f.hard() ? 0 : 1;
    }
    return n;
  }

  private String check(RosterRule rule, Slot slot, DutyPerson p, TreeMap<LocalDate, Slot> mine) {
    LocalDate d = slot.date();
    if (rule instanceof NotUnavailable) {
      return p.isUnavailable(d) ? p.id() + " is unavailable on " + d : null;
    }
    if (rule instanceof MinimumRest r) {
      Map.Entry<LocalDate, Slot> before = mine.lowerEntry(d);
      Map.Entry<LocalDate, Slot> after = mine.higherEntry(d);
      if (before != null && before.getKey().plusDays(r.days()).isAfter(d)) {
        return p.id() + " is on duty " + before.getKey() + ", fewer than " + r.days() + " days before";
      }
      if (after != null && d.plusDays(r.days()).isAfter(after.getKey())) {
        return p.id() + " is on duty " + after.getKey() + ", fewer than " + r.days() + " days after";
      }
      return null;
    }
    if (rule instanceof MaxPerMonth m) {
      YearMonth month = YearMonth.from(d);
      int count = mine.subMap(month.atDay(1), true, month.atEndOfMonth(), true).size();
      Slot same = mine.get(d);
      if (same != null && same.equals(slot)) {
        count--;
      }
      return count >= m.duties() ? p.id() + " already has " + count + " duties in " + month : null;
    }
    if (rule instanceof NoConsecutiveHolidayPeriods) {
      Integer period = holidayPeriod.get(d);
      if (period == null) {
        return null;
      }
      for (LocalDate other : mine.keySet()) {
        Integer op = holidayPeriod.get(other);
        if (op != null && Math.abs(op - period) == 1) {
          return p.id() + " has holiday duty on " + other + " in the neighbouring holiday period";
        }
      }
      return null;
    }
    if (rule instanceof DifferentDepartments dd) {
      String other = slot.role().equals(dd.roleA()) ? dd.roleB() : slot.role().equals(dd.roleB()) ? dd.roleA() : null;
      if (other == null) {
        return null;
      }
      for (Slot s : byDay.get(d)) {
        String who = assigned.get(s);
        if (!s.equals(slot) && s.role().equals(other) && who != null && !who.equals(p.id())
            && people.get(who).departmentId().equals(p.departmentId())) {
          return p.id() + " and " + who + " (" + other + ") are both from " + p.departmentId();
        }
      }
      return null;
    }
    if (rule instanceof RespectPreferences) {
      return p.ratherNot().contains(d) ? p.id() + " would rather not take duty on " + d : null;
    }
    if (rule instanceof Custom c) {
      return c.allowed().test(p, slot) ? null : p.id() + " is excluded by " + c.name();
    }
    throw new AssertionError(rule);
  }
}
