package io.oakit.core.shift;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A shift-scheduling problem (排班): a horizon of days starting on a Monday, shift types with their lengths and
 * the shifts that may not follow them the next day (夜班 → 次日白班), the staff with their limits, days off,
 * weighted shift-on and shift-off requests, and the cover each day and shift needs, with the weights of
 * being short or over. The model of the Curtois &amp; Qu benchmark (see {@link CurtoisQuReader}); the 24-hour
 * duty plan of {@link io.oakit.core.roster} is one configuration of it (one shift of 1,440 minutes).
 * Immutable and thread-safe.
 *
 * @param days the horizon in days, day 0 a Monday
 * @param shifts the shift types, in order
 * @param staff the staff, in order
 * @param onRequests weighted wishes to work a shift on a day
 * @param offRequests weighted wishes not to work a shift on a day
 * @param cover what each day and shift needs
 */
public record ShiftProblem(int days, List<ShiftType> shifts, List<Staff> staff, List<Request> onRequests,
    List<Request> offRequests, List<Cover> cover) {

  /**
   * A shift type.
   *
   * @param id its id, e.g. {@code D} or {@code N}
   * @param minutes its length in minutes, {@code > 0}
   * @param cannotFollow the shifts that may not be worked the day after this one
   */
  public record ShiftType(String id, int minutes, Set<String> cannotFollow) {
    /** Checks the fields. */
    public ShiftType {
      requireNonNull(id, "id");
      checkArgument(!id.isBlank(), "a shift id must not be blank");
      checkArgument(minutes > 0, "shift %s must last more than 0 minutes but was %s", id, minutes);
      cannotFollow = ImmutableSet.copyOf(cannotFollow);
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
   * @param minConsecutive the fewest shifts in a row (a run at either edge of the horizon too)
   * @param minConsecutiveDaysOff the fewest days off in a row between two shifts (a run of days off at either
   *     edge goes on outside the horizon)
   * @param maxWeekends the most weekends (Saturday or Sunday worked) they may work
   * @param daysOff the days they may not work
   */
  public record Staff(String id, Map<String, Integer> maxShifts, int maxMinutes, int minMinutes, int maxConsecutive,
      int minConsecutive, int minConsecutiveDaysOff, int maxWeekends, Set<Integer> daysOff) {
    /** Checks the fields. */
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
   * @param underWeight the cost of each person short
   * @param overWeight the cost of each person over
   */
  public record Cover(int day, String shift, int requirement, int underWeight, int overWeight) {}

  /** Copies the lists and checks every reference. */
  public ShiftProblem {
    checkArgument(days > 0, "the horizon must have at least one day but was %s", days);
    shifts = ImmutableList.copyOf(shifts);
    staff = ImmutableList.copyOf(staff);
    onRequests = ImmutableList.copyOf(onRequests);
    offRequests = ImmutableList.copyOf(offRequests);
    cover = ImmutableList.copyOf(cover);
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
    for (Cover c : cover) {
      checkArgument(ids.contains(c.shift()), "cover names unknown shift %s", c.shift());
      checkArgument(c.day() >= 0 && c.day() < days, "cover day %s is outside the horizon", c.day());
      checkArgument(c.requirement() >= 0 && c.underWeight() >= 0 && c.overWeight() >= 0,
          "cover of day %s shift %s has a negative number", c.day(), c.shift());
    }
  }

  /** @param id a shift id @return its index in {@link #shifts()}, empty if unknown */
  public Optional<Integer> shiftIndex(String id) {
    for (int i = 0; i < shifts.size(); i++) {
      if (shifts.get(i).id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** @param id a staff id @return their index in {@link #staff()}, empty if unknown */
  public Optional<Integer> staffIndex(String id) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < staff.size(); i++) {
      m.put(staff.get(i).id(), i);
    }
    return Optional.ofNullable(m.get(id));
  }

  /** @param day a day of the horizon @return whether it is a Saturday or Sunday (day 0 is a Monday) */
  public static boolean isWeekend(int day) {
    int dow = day % 7;
    return dow == 5 || dow == 6;
  }
}
