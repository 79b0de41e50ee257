package io.oakit.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.function.BiPredicate;

/**
 * A rule of the roster, each named and hard (must hold) or soft (avoided when possible). Role
 * eligibility and "one slot per person per duty day" always hold and need no rule object.
 */
public sealed interface RosterRule {

  /** @return the rule's name, as violations and explanations show it */
  String name();

  /** @return whether the rule must hold */
  boolean hard();

  /**
   * @param hard whether it must hold
   * @return nobody on duty on a day they are unavailable (leave, trips)
   */
  static RosterRule notUnavailable(boolean hard) {
    return new NotUnavailable(hard);
  }

  /**
   * @param days the least number of days between two duties of one person (date difference)
   * @param hard whether it must hold
   * @return the minimum-rest rule
   */
  static RosterRule minimumRest(int days, boolean hard) {
    return new MinimumRest(days, hard);
  }

  /**
   * @param duties the most duties per person per calendar month
   * @param hard whether it must hold
   * @return the monthly limit
   */
  static RosterRule maxPerMonth(int duties, boolean hard) {
    return new MaxPerMonth(duties, hard);
  }

  /**
   * @param hard whether it must hold
   * @return nobody takes holiday duty in two consecutive holiday periods of the plan
   */
  static RosterRule noConsecutiveHolidayPeriods(boolean hard) {
    return new NoConsecutiveHolidayPeriods(hard);
  }

  /**
   * @param roleA a role, e.g. 带班领导
   * @param roleB another role, e.g. 值班员
   * @param hard whether it must hold
   * @return people on duty the same day in these roles come from different departments
   */
  static RosterRule differentDepartments(String roleA, String roleB, boolean hard) {
    return new DifferentDepartments(roleA, roleB, hard);
  }

  /** @return avoid the days people said they would rather not (soft) */
  static RosterRule respectPreferences() {
    return new RespectPreferences(false);
  }

  /**
   * A rule the host decides, e.g. an exclusion a unit agreed on.
   *
   * @param name its name
   * @param hard whether it must hold
   * @param allowed whether the person may take the slot
   * @return the rule
   */
  static RosterRule custom(String name, boolean hard, BiPredicate<DutyPerson, Slot> allowed) {
    return new Custom(name, hard, allowed);
  }

  /** @param hard whether it must hold */
  record NotUnavailable(boolean hard) implements RosterRule {
    @Override
    public String name() {
      return "not unavailable";
    }
  }

  /**
   * @param days least days between duties
   * @param hard whether it must hold
   */
  record MinimumRest(int days, boolean hard) implements RosterRule {
    /**
     * @throws IllegalArgumentException if days is below 1
     * @param days the least number of days between two duties of one person (date difference)
     * @param hard whether it must hold
     */
    public MinimumRest {
      checkArgument(days >= 1, "minimum rest must be >= 1 day but was %s", days);
    }

    @Override
    public String name() {
      return "at least " + days + " days between duties";
    }
  }

  /**
   * @param duties most duties per month
   * @param hard whether it must hold
   */
  record MaxPerMonth(int duties, boolean hard) implements RosterRule {
    /**
     * @throws IllegalArgumentException if duties is below 1
     * @param duties the most duties per person per calendar month
     * @param hard whether it must hold
     */
    public MaxPerMonth {
      checkArgument(duties >= 1, "max duties per month must be >= 1 but was %s", duties);
    }

    @Override
    public String name() {
      return "at most " + duties + " duties per month";
    }
  }

  /** @param hard whether it must hold */
  record NoConsecutiveHolidayPeriods(boolean hard) implements RosterRule {
    @Override
    public String name() {
      return "no holiday duty in two consecutive holiday periods";
    }
  }

  /**
   * @param roleA a role
   * @param roleB another role
   * @param hard whether it must hold
   */
  record DifferentDepartments(String roleA, String roleB, boolean hard) implements RosterRule {
    /**
     * Checks the arguments.
     *
     * @param hard whether it must hold
     * @param roleA a role, e.g. 带班领导
     * @param roleB another role, e.g. 值班员
     */
    public DifferentDepartments {
      requireNonNull(roleA, "roleA");
      requireNonNull(roleB, "roleB");
    }

    @Override
    public String name() {
      return roleA + " and " + roleB + " from different departments";
    }
  }

  /** @param hard whether it must hold */
  record RespectPreferences(boolean hard) implements RosterRule {
    @Override
    public String name() {
      return "respect days people would rather not";
    }
  }

  /**
   * @param name its name
   * @param hard whether it must hold
   * @param allowed the predicate
   */
  record Custom(String name, boolean hard, BiPredicate<DutyPerson, Slot> allowed) implements RosterRule {
    /**
     * Checks the arguments.
     *
     * @param allowed whether the person may take the slot
     * @param hard whether it must hold
     * @param name its name
     */
    public Custom {
      requireNonNull(name, "name");
      requireNonNull(allowed, "allowed");
    }
  }
}
