package io.oakit.core.shift;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A shift-scheduling problem (排班): a horizon of days, shift types with their start, length (a night shift
 * crosses midnight) and the shifts that may not follow them the next day (夜班 → 次日白班, given by name or
 * derived from the times and a minimum rest), the staff with their limits over the horizon (per shift type,
 * minutes, runs of shifts and of days off, weekends), days off, fixed assignments, weighted shift-on and
 * shift-off requests (a rotation pattern, 轮班, is either: {@link #withRotation}), and the cover each day and
 * shift needs — hard, or soft with the weights of being short or over. Every rule sees the person's whole row.
 * The model of the Curtois &amp; Qu benchmark (see {@link CurtoisQuReader}), with what an office adds; the
 * 24-hour duty plan of {@link io.oakit.core.roster} is one configuration of it ({@link ShiftProblems#ofDutyPlan}).
 * Immutable and thread-safe.
 *
 * @param days the horizon in days
 * @param shifts the shift types, in order
 * @param staff the staff, in order
 * @param onRequests weighted wishes to work a shift on a day
 * @param offRequests weighted wishes not to work a shift on a day
 * @param cover what each day and shift needs
 * @param fixed assignments that must hold (a shift, or a day off)
 * @param firstDay the date of day 0, if the horizon is dated (then weekends are the real Saturdays and Sundays
 *     and {@link ShiftSchedule#onDutyAt} answers); undated, day 0 is a Monday
 * @param minRestMinutes the least rest between the end of one shift and the start of the next day's (0: none);
 *     a pair of timed shifts closer than that may not follow each other
 * @param targets fairness as the host weighs it: how many shifts (of a type, or of any) each person should work,
 *     each shift above or below costing the target's weight
 */
public record ShiftProblem(int days, List<ShiftType> shifts, List<Staff> staff, List<Request> onRequests,
    List<Request> offRequests, List<Cover> cover, List<Fixed> fixed, Optional<LocalDate> firstDay,
    int minRestMinutes, List<Target> targets) {

  /**
   * A shift type.
   *
   * @param id its id, e.g. {@code D} or {@code N}
   * @param minutes its length in minutes, {@code > 0} and at most a day
   * @param cannotFollow the shifts that may not be worked the day after this one
   * @param start when it starts, if timed (白班 08:00, 夜班 20:00)
   */
  public record ShiftType(String id, int minutes, Set<String> cannotFollow, Optional<LocalTime> start) {
    /**
     * Checks the fields.
    *
    * @param cannotFollow the shifts that may not be worked the day after this one
    * @param id its id, e.g. {@code D} or {@code N}
    * @param minutes its length in minutes, {@code > 0} and at most a day
    * @param start when it starts, if timed (白班 08:00, 夜班 20:00)
     */
    public ShiftType {
      requireNonNull(id, "id");
      checkArgument(!id.isBlank(), "a shift id must not be blank");
      checkArgument(minutes > 0 && minutes <= 1_440, "shift %s must last 1 to 1440 minutes but was %s", id, minutes);
      cannotFollow = ImmutableSet.copyOf(cannotFollow);
      requireNonNull(start, "start");
    }

    /**
     * An untimed shift (as the benchmark's).
     *
     * @param id its id
     * @param minutes its length
     * @param cannotFollow the shifts that may not follow it
     */
    public ShiftType(String id, int minutes, Set<String> cannotFollow) {
      this(id, minutes, cannotFollow, Optional.empty());
    }

    /**
     * A timed shift.
     *
     * @param id its id
     * @param start when it starts
     * @param minutes its length
     * @param cannotFollow the shifts that may not follow it
     * @return the shift type
     */
    public static ShiftType timed(String id, LocalTime start, int minutes, Set<String> cannotFollow) {
      return new ShiftType(id, minutes, cannotFollow, Optional.of(start));
    }

    /** @return when it ends, if timed (the next day's time when it crosses midnight) */
    public Optional<LocalTime> end() {
      return start.map(t -> t.plusMinutes(minutes));
    }

    /** @return whether it ends on the day after it starts */
    public boolean crossesMidnight() {
      return start.isPresent() && start.get().toSecondOfDay() / 60 + minutes > 1_440;
    }
  }

  /**
   * A member of staff and the hard limits on their schedule.
   *
   * @param id their id
   * @param maxShifts per shift type, the most they may work in the horizon (a type not named: no limit)
   * @param maxMinutes the most minutes they may work in the horizon
   * @param minMinutes the fewest
   * @param maxConsecutive the most shifts in a row
   * @param minConsecutive the fewest shifts in a row between two days off (a run at either edge of the horizon
   *     may go on outside it and is never too short)
   * @param minConsecutiveDaysOff the fewest days off in a row between two shifts (a run of days off at either
   *     edge may go on outside the horizon)
   * @param maxWeekends the most weekends (Saturday or Sunday worked) they may work
   * @param daysOff the days they may not work
   */
  public record Staff(String id, Map<String, Integer> maxShifts, int maxMinutes, int minMinutes, int maxConsecutive,
      int minConsecutive, int minConsecutiveDaysOff, int maxWeekends, Set<Integer> daysOff) {
    /**
     * Checks the fields.
    *
    * @param daysOff the days they may not work
    * @param id its id, e.g. {@code D} or {@code N}
    * @param maxConsecutive the most shifts in a row
    * @param maxMinutes the most minutes they may work in the horizon
    * @param maxShifts per shift type, the most they may work in the horizon (a type not named: no limit)
    * @param maxWeekends the most weekends (Saturday or Sunday worked) they may work
    * @param minConsecutive the fewest shifts in a row between two days off (a run at either edge may go on outside)
    * @param minConsecutiveDaysOff the fewest days off in a row between two shifts (a run at either edge may go on outside)
    * @param minMinutes the fewest
     */
    public Staff {
      requireNonNull(id, "id");
      maxShifts = ImmutableMap.copyOf(maxShifts);
      daysOff = ImmutableSet.copyOf(daysOff);
      checkArgument(minMinutes <= maxMinutes, "staff %s: minMinutes %s is above maxMinutes %s", id, minMinutes,
          maxMinutes);
      checkArgument(minConsecutive <= maxConsecutive, "staff %s: minConsecutive %s is above maxConsecutive %s", id,
          minConsecutive, maxConsecutive);
    }
  }

  /**
   * A weighted wish to work (or not to work) a shift on a day.
   *
   * @param staff who
   * @param day which day
   * @param shift which shift
   * @param weight what it costs when not granted, {@code > 0}
   */
  public record Request(String staff, int day, String shift, int weight) {}

  /**
   * What a day's shift needs.
   *
   * @param day the day
   * @param shift the shift
   * @param requirement how many people
   * @param underWeight the cost of each person short (soft cover)
   * @param overWeight the cost of each person over (soft cover)
   * @param hard whether exactly {@code requirement} people must work it (the weights then do not apply)
   */
  public record Cover(int day, String shift, int requirement, int underWeight, int overWeight, boolean hard) {
    /**
     * Soft cover.
     *
     * @param day the day
     * @param shift the shift
     * @param requirement how many people
     * @param underWeight the cost of each person short
     * @param overWeight the cost of each person over
     */
    public Cover(int day, String shift, int requirement, int underWeight, int overWeight) {
      this(day, shift, requirement, underWeight, overWeight, false);
    }

    /**
     * @param day the day
     * @param shift the shift
     * @param requirement exactly how many people
     * @return hard cover
     */
    public static Cover exactly(int day, String shift, int requirement) {
      return new Cover(day, shift, requirement, 0, 0, true);
    }
  }

  /**
   * An assignment that must hold.
   *
   * @param staff who
   * @param day which day
   * @param shift the shift they work, or empty for a day off
   */
  public record Fixed(String staff, int day, Optional<String> shift) {
    /**
     * Checks the fields.
    *
    * @param day which day
    * @param shift which shift
    * @param staff the staff, in order
     */
    public Fixed {
      requireNonNull(staff, "staff");
      requireNonNull(shift, "shift");
    }
  }

  /**
   * A fair share, as the host weighs it: a member of staff should work {@code count} shifts of a type (or of any
   * type) over the horizon; each one above or below costs {@code weight}. An office sets, say, every operator's
   * share of night shifts to the total divided by the operators.
   *
   * @param staff who
   * @param shift a shift id, or empty for shifts of any type
   * @param count how many
   * @param weight the cost of each shift above or below, {@code > 0}
   */
  public record Target(String staff, Optional<String> shift, int count, int weight) {
    /**
     * Checks the fields.
    *
    * @param count how many
    * @param shift which shift
    * @param staff the staff, in order
    * @param weight what it costs when not granted, {@code > 0}
     */
    public Target {
      requireNonNull(staff, "staff");
      requireNonNull(shift, "shift");
      checkArgument(count >= 0, "target of %s: count must be >= 0 but was %s", staff, count);
      checkArgument(weight > 0, "target of %s: weight must be > 0 but was %s", staff, weight);
    }
  }

  /**
   * Without fairness targets.
   *
   * @param days the horizon
   * @param shifts the shift types
   * @param staff the staff
   * @param onRequests shift-on requests
   * @param offRequests shift-off requests
   * @param cover the cover
   * @param fixed fixed assignments
   * @param firstDay the date of day 0, if dated
   * @param minRestMinutes the least rest between consecutive days' shifts
   */
  public ShiftProblem(int days, List<ShiftType> shifts, List<Staff> staff, List<Request> onRequests,
      List<Request> offRequests, List<Cover> cover, List<Fixed> fixed, Optional<LocalDate> firstDay,
      int minRestMinutes) {
    this(days, shifts, staff, onRequests, offRequests, cover, fixed, firstDay, minRestMinutes, List.of());
  }

  /**
   * @param more fairness targets to add
   * @return this problem with them
   */
  public ShiftProblem withTargets(List<Target> more) {
    List<Target> all = new ArrayList<>(targets);
    all.addAll(more);
    return new ShiftProblem(days, shifts, staff, onRequests, offRequests, cover, fixed, firstDay, minRestMinutes, all);
  }

  /**
   * A rotation pattern (轮班) for a member of staff: a cycle of shifts and days off (e.g. 白 白 夜 夜 休 休), started
   * at an offset, either fixed (weight 0) or wished for with a weight per day that departs from it.
   *
   * @param staff who
   * @param pattern per day of the cycle, a shift id or {@code "-"} for a day off
   * @param offset the cycle's position on day 0
   * @param weight 0 for a fixed rotation, else the cost of each day that departs from it
   */
  public record Rotation(String staff, List<String> pattern, int offset, int weight) {
    /**
     * Checks the fields.
    *
    * @param offset the cycle's position on day 0
    * @param pattern per day of the cycle, a shift id or {@code "-"} for a day off
    * @param staff the staff, in order
    * @param weight what it costs when not granted, {@code > 0}
     */
    public Rotation {
      requireNonNull(staff, "staff");
      pattern = ImmutableList.copyOf(pattern);
      checkArgument(!pattern.isEmpty(), "rotation of %s: the pattern must not be empty", staff);
      checkArgument(offset >= 0, "rotation of %s: offset must be >= 0 but was %s", staff, offset);
      checkArgument(weight >= 0, "rotation of %s: weight must be >= 0 but was %s", staff, weight);
    }

    /**
     * @param day a day
     * @return the pattern's entry that day: a shift id, or {@code "-"}
     */
    public String on(int day) {
      return pattern.get((day + offset) % pattern.size());
    }
  }

  /**
   * An undated problem without fixed assignments or a minimum rest, as the benchmark's.
   *
   * @param days the horizon
   * @param shifts the shift types
   * @param staff the staff
   * @param onRequests shift-on requests
   * @param offRequests shift-off requests
   * @param cover the cover
   */
  public ShiftProblem(int days, List<ShiftType> shifts, List<Staff> staff, List<Request> onRequests,
      List<Request> offRequests, List<Cover> cover) {
    this(days, shifts, staff, onRequests, offRequests, cover, List.of(), Optional.empty(), 0);
  }

  /**
   * This problem with a rotation: fixed assignments for a fixed rotation, else a shift-on request for each of its
   * shifts and a shift-off request for every shift on each of its days off, with the rotation's weight.
   *
   * @param rotation the rotation
   * @return the new problem
   * @throws IllegalArgumentException if it names unknown staff or an unknown shift
   */
  public ShiftProblem withRotation(Rotation rotation) {
    List<Fixed> f = new ArrayList<>(fixed);
    List<Request> on = new ArrayList<>(onRequests);
    List<Request> off = new ArrayList<>(offRequests);
    for (int d = 0; d < days; d++) {
      String v = rotation.on(d);
      boolean rest = v.equals("-");
      checkArgument(rest || shiftIndex(v).isPresent(), "rotation of %s names an unknown shift %s", rotation.staff(), v);
      if (rotation.weight() == 0) {
        f.add(new Fixed(rotation.staff(), d, rest ? Optional.empty() : Optional.of(v)));
      } else if (rest) {
        for (ShiftType t : shifts) {
          off.add(new Request(rotation.staff(), d, t.id(), rotation.weight()));
        }
      } else {
        on.add(new Request(rotation.staff(), d, v, rotation.weight()));
      }
    }
    return new ShiftProblem(days, shifts, staff, on, off, cover, f, firstDay, minRestMinutes, targets);
  }

  /**
   * @param date the date of day 0
   * @param minRest the least rest in minutes between two timed shifts on consecutive days
   * @return this problem, dated and with that rest
   */
  public ShiftProblem dated(LocalDate date, int minRest) {
    return new ShiftProblem(days, shifts, staff, onRequests, offRequests, cover, fixed, Optional.of(date), minRest,
        targets);
  }

  /**
   * Copies the lists and checks every reference.
   *
   * @param days the horizon in days
   * @param shifts the shift types, in order
   * @param staff the staff, in order
   * @param onRequests weighted wishes to work a shift on a day
   * @param offRequests weighted wishes not to work a shift on a day
   * @param cover what each day and shift needs
   * @param fixed assignments that must hold (a shift, or a day off)
   * @param firstDay the date of day 0, if the horizon is dated (then weekends are the real Saturdays and Sundays and {@link ShiftSchedule#onDutyAt} answers); undated, day 0 is a Monday
   * @param minRestMinutes the least rest between the end of one shift and the start of the next day's (0: none); a pair of timed shifts closer than that may not follow each other
   * @param targets fairness as the host weighs it: how many shifts (of a type, or of any) each person should work, each shift above or below costing the target's weight
   */
  public ShiftProblem {
    checkArgument(days > 0, "the horizon must have at least one day but was %s", days);
    shifts = ImmutableList.copyOf(shifts);
    staff = ImmutableList.copyOf(staff);
    onRequests = ImmutableList.copyOf(onRequests);
    offRequests = ImmutableList.copyOf(offRequests);
    cover = ImmutableList.copyOf(cover);
    fixed = ImmutableList.copyOf(fixed);
    targets = ImmutableList.copyOf(targets);
    requireNonNull(firstDay, "firstDay");
    checkArgument(minRestMinutes >= 0, "minRestMinutes must be >= 0 but was %s", minRestMinutes);
    Set<String> ids = new HashSet<>();
    for (ShiftType s : shifts) {
      checkArgument(ids.add(s.id()), "shift %s is defined twice", s.id());
    }
    for (ShiftType s : shifts) {
      for (String f : s.cannotFollow()) {
        checkArgument(ids.contains(f), "shift %s names an unknown shift %s that cannot follow it", s.id(), f);
      }
    }
    Set<String> people = new HashSet<>();
    for (Staff p : staff) {
      checkArgument(people.add(p.id()), "staff %s is defined twice", p.id());
      for (String s : p.maxShifts().keySet()) {
        checkArgument(ids.contains(s), "staff %s limits an unknown shift %s", p.id(), s);
      }
      for (int d : p.daysOff()) {
        checkArgument(d >= 0 && d < days, "staff %s has a day off %s outside the horizon 0..%s", p.id(), d, days - 1);
      }
    }
    for (List<Request> list : List.of(onRequests, offRequests)) {
      for (Request r : list) {
        checkArgument(people.contains(r.staff()), "a request names unknown staff %s", r.staff());
        checkArgument(ids.contains(r.shift()), "a request names unknown shift %s", r.shift());
        checkArgument(r.day() >= 0 && r.day() < days, "a request's day %s is outside the horizon", r.day());
        checkArgument(r.weight() > 0, "a request's weight must be > 0 but was %s", r.weight());
      }
    }
    Set<String> fixedCells = new HashSet<>();
    for (Fixed f : fixed) {
      checkArgument(people.contains(f.staff()), "a fixed assignment names unknown staff %s", f.staff());
      checkArgument(f.day() >= 0 && f.day() < days, "a fixed assignment's day %s is outside the horizon", f.day());
      checkArgument(f.shift().isEmpty() || ids.contains(f.shift().get()), "a fixed assignment names unknown shift %s",
          f.shift().orElse(""));
      checkArgument(fixedCells.add(f.staff() + "@" + f.day()), "staff %s has two fixed assignments on day %s",
          f.staff(), f.day());
    }
    for (Target t : targets) {
      checkArgument(people.contains(t.staff()), "a target names unknown staff %s", t.staff());
      checkArgument(t.shift().isEmpty() || ids.contains(t.shift().get()), "a target names unknown shift %s",
          t.shift().orElse(""));
    }
    Set<String> covered = new HashSet<>();
    for (Cover c : cover) {
      checkArgument(covered.add(c.day() + "@" + c.shift()), "cover of day %s shift %s is given twice", c.day(),
          c.shift());
      checkArgument(ids.contains(c.shift()), "cover names unknown shift %s", c.shift());
      checkArgument(c.day() >= 0 && c.day() < days, "cover day %s is outside the horizon", c.day());
      checkArgument(c.requirement() >= 0 && c.underWeight() >= 0 && c.overWeight() >= 0,
          "cover of day %s shift %s has a negative number", c.day(), c.shift());
    }
  }

  /**
   * @param id a shift id
   * @return its index in {@link #shifts()}, empty if unknown
   */
  public Optional<Integer> shiftIndex(String id) {
    for (int i = 0; i < shifts.size(); i++) {
      if (shifts.get(i).id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * @param id a staff id
   * @return their index in {@link #staff()}, empty if unknown
   */
  public Optional<Integer> staffIndex(String id) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < staff.size(); i++) {
      m.put(staff.get(i).id(), i);
    }
    return Optional.ofNullable(m.get(id));
  }

  /**
   * @param day a day of the horizon
   * @return whether it is a Saturday or Sunday (day 0 is a Monday)
   */
  public static boolean isWeekend(int day) {
    int dow = day % 7;
    return dow == 5 || dow == 6;
  }

  /**
   * @param day a day of the horizon
   * @return which weekend it belongs to (a Saturday and the Sunday after it share one), or {@code -1} on a weekday;
   *     the real weekends when the problem is dated, else day 0 is a Monday
   */
  public int weekendOf(int day) {
    long first = firstDay.map(LocalDate::toEpochDay).orElse(LocalDate.of(2024, 1, 1).toEpochDay());  // a Monday
    DayOfWeek dow = LocalDate.ofEpochDay(first + day).getDayOfWeek();
    if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
      return -1;
    }
    long saturday = dow == DayOfWeek.SATURDAY ? day : day - 1;  // -1 when the horizon starts on a Sunday
    return (int) Math.floorDiv(saturday + 6, 7);
  }
}
