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

/**
 * Assignments under construction or check, with the indexes every rule needs: per person and day the duty held,
 * per person and month and per person and holiday period the days on duty, per role, day and department the
 * people on duty. Each rule's decision is one array lookup or a few (a rest rule reads the days around), so a
 * candidate is judged in constant time whatever the size of the roster; the words of a failure are built only
 * when asked for ({@link #failures}). Not thread-safe.
 */
final class RosterState {

  /** One reason a person cannot (hard) or should not (soft) take a slot. */
  record Failure(String rule, boolean hard, String why) {}

  static final String ROLE_ELIGIBILITY = "role eligibility";
  static final String ONE_SLOT_PER_DAY = "one slot per day";

  final DutyPlan plan;
  final Map<String, DutyPerson> people;
  final List<RosterRule> rules;
  final Map<Slot, String> assigned = new HashMap<>();
  final Map<String, TreeMap<LocalDate, Slot>> duties = new HashMap<>();
  final Map<String, Double> load = new HashMap<>();
  final Map<LocalDate, List<Slot>> byDay = new HashMap<>();
  final Map<LocalDate, Integer> holidayPeriod = new HashMap<>();

  private final Map<String, Integer> row = new HashMap<>();
  /** Per row, the person's load (history plus duties): {@link #load} as an array, for the candidates' scan. */
  final double[] loadOf;
  private final long firstDay;
  private final int days;
  private final int firstMonth;
  private final Slot[][] on;
  private final int[][] held;
  private final int[][] perMonth;
  private final int[][] perPeriod;
  private final int[] periodOf;
  private final int[] monthOf;
  private final int[] department;
  private final DutyPerson[] persons;
  private final Map<String, int[][]> onDutyByDepartment = new HashMap<>();

  RosterState(DutyPlan plan, Map<String, DutyPerson> people, List<RosterRule> rules) {
    this(plan, people, rules, List.of());
  }

  /**
   * @param also slots a stored roster holds beyond its plan's (a roster restored as decided, the plan changed
   *     since): indexed too, so that they are judged and worded like the plan's
   */
  RosterState(DutyPlan plan, Map<String, DutyPerson> people, List<RosterRule> rules, java.util.Collection<Slot> also) {
    this.plan = plan;
    this.people = people;
    this.rules = rules;
    int period = -1;
    LocalDate previous = null;
    LocalDate first = plan.startInclusive();
    LocalDate last = plan.endExclusive().minusDays(1);
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
      first = s.date().isBefore(first) ? s.date() : first;
      last = s.date().isAfter(last) ? s.date() : last;
    }
    java.util.Set<Slot> planned = new java.util.HashSet<>(plan.slots());
    for (Slot s : also) {
      if (planned.add(s)) {
        byDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
        first = s.date().isBefore(first) ? s.date() : first;
        last = s.date().isAfter(last) ? s.date() : last;
      }
    }
    firstDay = first.toEpochDay();
    days = (int) (last.toEpochDay() - firstDay + 1);
    firstMonth = first.getYear() * 12 + first.getMonthValue() - 1;
    int months = last.getYear() * 12 + last.getMonthValue() - firstMonth;
    periodOf = new int[days];
    monthOf = new int[days];
    for (int d = 0; d < days; d++) {
      monthOf[d] = month(first.plusDays(d));
    }
    java.util.Arrays.fill(periodOf, -1);
    holidayPeriod.forEach((d, p) -> periodOf[day(d)] = p);
    on = new Slot[people.size()][days];
    held = new int[people.size()][days];
    perMonth = new int[people.size()][months];
    perPeriod = new int[people.size()][period + 1];
    department = new int[people.size()];
    loadOf = new double[people.size()];
    persons = new DutyPerson[people.size()];
    Map<String, Integer> departments = new HashMap<>();
    int i = 0;
    for (DutyPerson p : people.values()) {
      load.put(p.id(), p.history());
      duties.put(p.id(), new TreeMap<>());
      row.put(p.id(), i);
      loadOf[i] = p.history();
      persons[i] = p;
      department[i] = departments.computeIfAbsent(p.departmentId(), x -> departments.size());
      i++;
    }
    for (RosterRule r : rules) {
      if (r instanceof DifferentDepartments dd) {
        onDutyByDepartment.computeIfAbsent(dd.roleA(), x -> new int[days][departments.size()]);
        onDutyByDepartment.computeIfAbsent(dd.roleB(), x -> new int[days][departments.size()]);
      }
    }
  }

  private int day(LocalDate d) {
    long i = d.toEpochDay() - firstDay;
    if (i < 0 || i >= days) {
      throw new IllegalArgumentException("day " + d + " lies outside the plan " + plan.startInclusive() + ".."
          + plan.endExclusive());
    }
    return (int) i;
  }

  private int month(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1 - firstMonth;
  }

  /** Per role, its people's rows in the candidates' order (load, then the tie-break), once {@link #order}ed. */
  private Map<String, java.util.TreeSet<Integer>> ordered;
  private List<List<java.util.TreeSet<Integer>>> orderedOf;

  /**
   * Keeps, from now on, each role's people sorted by load and then by the tie-break rank, so that the least loaded
   * can be read in order without sorting the pool for every slot.
   */
  void order(Map<String, List<DutyPerson>> byRole, Map<String, Integer> tieRank) {
    int[] tie = new int[loadOf.length];
    people.values().forEach(p -> tie[row.get(p.id())] = tieRank.get(p.id()));
    java.util.Comparator<Integer> byLoad = (a, b) -> {
      int c = Double.compare(loadOf[a], loadOf[b]);
      return c != 0 ? c : Integer.compare(tie[a], tie[b]);
    };
    ordered = new HashMap<>();
    orderedOf = new ArrayList<>();
    for (int i = 0; i < loadOf.length; i++) {
      orderedOf.add(new ArrayList<>(1));
    }
    byRole.forEach((role, pool) -> {
      java.util.TreeSet<Integer> set = new java.util.TreeSet<>(byLoad);
      for (DutyPerson p : pool) {
        set.add(row.get(p.id()));
        orderedOf.get(row.get(p.id())).add(set);
      }
      ordered.put(role, set);
    });
  }

  /**
   * @param role a role
   * @return its people's rows, least loaded first (after {@link #order})
   */
  java.util.NavigableSet<Integer> ordered(String role) {
    return ordered.getOrDefault(role, new java.util.TreeSet<>());
  }

  private void loadChanges(int r, double by) {
    if (ordered == null) {
      loadOf[r] += by;
      return;
    }
    for (java.util.TreeSet<Integer> set : orderedOf.get(r)) {
      set.remove(r);
    }
    loadOf[r] += by;
    for (java.util.TreeSet<Integer> set : orderedOf.get(r)) {
      set.add(r);
    }
  }

  /**
   * @param slot a slot of the plan
   * @return its day's index in the indexes
   */
  int dayOf(Slot slot) {
    return day(slot.date());
  }

  void assign(Slot slot, String personId) {
    String before = assigned.put(slot, personId);
    int d = day(slot.date());
    int[][] byDept = onDutyByDepartment.get(slot.role());
    if (byDept != null) {
      if (before != null) {
        byDept[d][department[row.get(before)]]--;
      }
      byDept[d][department[row.get(personId)]]++;
    }
    if (before != null) {
      held[row.get(before)][d]--;
    }
    int r = row.get(personId);
    held[r][d]++;
    if (on[r][d] == null) {
      perMonth[r][month(slot.date())]++;
      if (periodOf[d] >= 0) {
        perPeriod[r][periodOf[d]]++;
      }
    }
    on[r][d] = slot;
    duties.get(personId).put(slot.date(), slot);
    load.merge(personId, plan.weight(slot.category()), Double::sum);
    loadChanges(r, plan.weight(slot.category()));
  }

  void unassign(Slot slot) {
    String personId = assigned.remove(slot);
    if (personId != null) {
      int d = day(slot.date());
      int r = row.get(personId);
      int[][] byDept = onDutyByDepartment.get(slot.role());
      if (byDept != null) {
        byDept[d][department[r]]--;
      }
      held[r][d]--;
      if (on[r][d] != null) {
        perMonth[r][month(slot.date())]--;
        if (periodOf[d] >= 0) {
          perPeriod[r][periodOf[d]]--;
        }
      }
      on[r][d] = null;
      duties.get(personId).remove(slot.date());
      load.merge(personId, -plan.weight(slot.category()), Double::sum);
      loadChanges(r, -plan.weight(slot.category()));
    }
  }

  /** Why the person cannot or should not take the slot, given every other assignment. */
  List<Failure> failures(Slot slot, DutyPerson p) {
    List<Failure> out = new ArrayList<>(2);
    judge(slot, p, row.get(p.id()), null, out);
    return out;
  }

  /**
   * Judges a candidate without wording anything: {@code -1} if a hard rule excludes them (each such rule counted
   * in {@code excludedBy}), else how many soft rules they would break.
   */
  int classify(Slot slot, DutyPerson p, Map<String, Integer> excludedBy) {
    return judge(slot, p, row.get(p.id()), excludedBy, null);
  }

  /** As {@link #classify(Slot, DutyPerson, Map)} for the person of a row ({@link #row}) on a day ({@link #dayOf}). */
  int classify(Slot slot, int d, DutyPerson p, int r, Map<String, Integer> excludedBy) {
    return judge(slot, d, p, r, excludedBy, null);
  }

  /**
   * @param r a row
   * @return the person of that row
   */
  DutyPerson person(int r) {
    return persons[r];
  }

  /**
   * @param personId a person
   * @return their row in the indexes
   */
  int row(String personId) {
    return row.get(personId);
  }

  boolean hardOk(Slot slot, DutyPerson p) {
    return judge(slot, p, row.get(p.id()), null, null) >= 0;
  }

  int softCount(Slot slot, DutyPerson p) {
    return Math.max(0, judge(slot, p, row.get(p.id()), null, null));
  }

  /** The one path that decides: counts, and words the failures when {@code out} is given. */
  private int judge(Slot slot, DutyPerson p, int r, Map<String, Integer> excludedBy, List<Failure> out) {
    return judge(slot, day(slot.date()), p, r, excludedBy, out);
  }

  private int judge(Slot slot, int d, DutyPerson p, int r, Map<String, Integer> excludedBy, List<Failure> out) {
    boolean hard = false;
    int soft = 0;
    if (!p.roles().contains(slot.role())) {
      hard = true;
      fail(ROLE_ELIGIBILITY, true, excludedBy, out, () -> p.id() + " cannot fill " + slot.role());
    }
    Slot same = on[r][d];
    if (same != null && same != slot && !same.equals(slot)) {
      hard = true;
      fail(ONE_SLOT_PER_DAY, true, excludedBy, out, () -> p.id() + " already has " + same.role() + " that day");
    }
    for (RosterRule rule : rules) {
      if (breaks(rule, slot, p, r, d)) {
        if (rule.hard()) {
          hard = true;
        } else {
          soft++;
        }
        fail(rule.name(), rule.hard(), excludedBy, out, () -> why(rule, slot, p));
      }
    }
    return hard ? -1 : soft;
  }

  private static void fail(String rule, boolean hard, Map<String, Integer> excludedBy, List<Failure> out,
      java.util.function.Supplier<String> why) {
    if (hard && excludedBy != null) {
      excludedBy.merge(rule, 1, Integer::sum);
    }
    if (out != null) {
      out.add(new Failure(rule, hard, why.get()));
    }
  }

  /** Whether the rule is broken if the person takes the slot: the decision, from the indexes. */
  private boolean breaks(RosterRule rule, Slot slot, DutyPerson p, int r, int d) {
    if (rule instanceof NotUnavailable) {
      return p.isUnavailable(slot.date());
    }
    if (rule instanceof MinimumRest rest) {
      Slot[] mine = on[r];
      for (int i = Math.max(0, d - rest.days() + 1); i < Math.min(days, d + rest.days()); i++) {
        if (i != d && mine[i] != null) {
          return true;
        }
      }
      return false;
    }
    if (rule instanceof MaxPerMonth m) {
      int count = perMonth[r][monthOf[d]];
      Slot own = on[r][d];
      if (own == slot || slot.equals(own)) {
        count--;
      }
      return count >= m.duties();
    }
    if (rule instanceof NoConsecutiveHolidayPeriods) {
      int period = periodOf[d];
      return period >= 0 && ((period > 0 && perPeriod[r][period - 1] > 0)
          || (period + 1 < perPeriod[r].length && perPeriod[r][period + 1] > 0));
    }
    if (rule instanceof DifferentDepartments dd) {
      String other = other(dd, slot);
      if (other == null) {
        return false;
      }
      int dept = department[r];
      int n = onDutyByDepartment.get(other)[d][dept];
      if (held[r][d] > 0) {
        for (Slot s : byDay.get(slot.date())) {
          if (s.role().equals(other) && p.id().equals(assigned.get(s))) {
            n--;  // the person themself
          }
        }
      }
      String holder = slot.role().equals(other) ? assigned.get(slot) : null;
      if (holder != null && !holder.equals(p.id()) && department[row.get(holder)] == dept) {
        n--;  // the slot itself, when both roles are one
      }
      return n > 0;
    }
    if (rule instanceof RespectPreferences) {
      return p.ratherNot().contains(slot.date());
    }
    if (rule instanceof Custom c) {
      return !c.allowed().test(p, slot);
    }
    throw new AssertionError(rule);
  }

  private static String other(DifferentDepartments dd, Slot slot) {
    return slot.role().equals(dd.roleA()) ? dd.roleB() : slot.role().equals(dd.roleB()) ? dd.roleA() : null;
  }

  /** The words of a broken rule, read from the person's duties; only called when it is broken. */
  private String why(RosterRule rule, Slot slot, DutyPerson p) {
    LocalDate d = slot.date();
    TreeMap<LocalDate, Slot> mine = duties.get(p.id());
    if (rule instanceof NotUnavailable) {
      return p.id() + " is unavailable on " + d;
    }
    if (rule instanceof MinimumRest r) {
      Map.Entry<LocalDate, Slot> before = mine.lowerEntry(d);
      if (before != null && before.getKey().plusDays(r.days()).isAfter(d)) {
        return p.id() + " is on duty " + before.getKey() + ", fewer than " + r.days() + " days before";
      }
      return p.id() + " is on duty " + mine.higherKey(d) + ", fewer than " + r.days() + " days after";
    }
    if (rule instanceof MaxPerMonth) {
      YearMonth month = YearMonth.from(d);
      int count = perMonth[row.get(p.id())][month(d)] - (slot.equals(mine.get(d)) ? 1 : 0);
      return p.id() + " already has " + count + " duties in " + month;
    }
    if (rule instanceof NoConsecutiveHolidayPeriods) {
      int period = holidayPeriod.get(d);
      for (LocalDate other : mine.keySet()) {
        Integer op = holidayPeriod.get(other);
        if (op != null && Math.abs(op - period) == 1) {
          return p.id() + " has holiday duty on " + other + " in the neighbouring holiday period";
        }
      }
      throw new AssertionError("no neighbouring holiday duty of " + p.id());
    }
    if (rule instanceof DifferentDepartments dd) {
      String other = other(dd, slot);
      for (Slot s : byDay.get(d)) {
        String who = assigned.get(s);
        if (!s.equals(slot) && s.role().equals(other) && who != null && !who.equals(p.id())
            && people.get(who).departmentId().equals(p.departmentId())) {
          return p.id() + " and " + who + " (" + other + ") are both from " + p.departmentId();
        }
      }
      throw new AssertionError("no colleague of " + p.id() + " on duty");
    }
    if (rule instanceof RespectPreferences) {
      return p.id() + " would rather not take duty on " + d;
    }
    if (rule instanceof Custom c) {
      return p.id() + " is excluded by " + c.name();
    }
    throw new AssertionError(rule);
  }
}
