package io.oakit.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A person who can be rostered.
 *
 * @param id a unique id
 * @param name the name
 * @param departmentId the department, for pairing rules
 * @param roles the duty roles the person may fill
 * @param unavailable days the person cannot take duty (leave, trips), each inclusive
 * @param ratherNot days the person would rather not take duty (a soft preference)
 * @param history weighted duty load carried over from earlier periods, {@code >= 0}
 */
public record DutyPerson(String id, String name, String departmentId, Set<String> roles, List<DateSpan> unavailable,
    Set<LocalDate> ratherNot, double history) {

  /**
   * Inclusive days.
   *
   * @param first the first day
   * @param last the last day
   */
  public record DateSpan(LocalDate first, LocalDate last) {
    /**
     * @throws IllegalArgumentException if reversed
     * @param first the first day
     * @param last the last day
     */
    public DateSpan {
      requireNonNull(first, "first");
      requireNonNull(last, "last");
      checkArgument(!last.isBefore(first), "span %s..%s is reversed", first, last);
    }

    /**
     * @param day a day
     * @return whether it lies in the span
     */
    public boolean contains(LocalDate day) {
      return !day.isBefore(first) && !day.isAfter(last);
    }
  }

  /**
   * Checks the arguments.
   *
   * @param id a unique id
   * @param name the name
   * @param departmentId the department, for pairing rules
   * @param roles the duty roles the person may fill
   * @param unavailable days the person cannot take duty (leave, trips), each inclusive
   * @param ratherNot days the person would rather not take duty (a soft preference)
   * @param history weighted duty load carried over from earlier periods, {@code >= 0}
   */
  public DutyPerson {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(departmentId, "departmentId");
    roles = ImmutableSet.copyOf(requireNonNull(roles, "roles"));
    unavailable = ImmutableList.copyOf(requireNonNull(unavailable, "unavailable"));
    ratherNot = ImmutableSet.copyOf(requireNonNull(ratherNot, "ratherNot"));
    checkArgument(!id.isBlank(), "person id must not be blank");
    checkArgument(history >= 0 && Double.isFinite(history), "history of %s must be >= 0 but was %s", id, history);
  }

  /**
   * A person with no absences, preferences or history.
   *
   * @param id the id
   * @param name the name
   * @param departmentId the department
   * @param roles the roles
   * @return the person
   */
  public static DutyPerson of(String id, String name, String departmentId, String... roles) {
    return new DutyPerson(id, name, departmentId, Set.of(roles), List.of(), Set.of(), 0);
  }

  /**
   * @param day a day
   * @return whether the person is unavailable that day
   */
  public boolean isUnavailable(LocalDate day) {
    for (DateSpan s : unavailable) {
      if (s.contains(day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param span days away
   * @return a copy with the span added
   */
  public DutyPerson withUnavailable(DateSpan span) {
    return new DutyPerson(id, name, departmentId, roles,
        ImmutableList.<DateSpan>builder().addAll(unavailable).add(span).build(), ratherNot, history);
  }

  /**
   * @param load weighted load carried over
   * @return a copy with that history
   */
  public DutyPerson withHistory(double load) {
    return new DutyPerson(id, name, departmentId, roles, unavailable, ratherNot, load);
  }
}
