package io.oakit.core.deadline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * When a deadline clock reminds, and when it counts as approaching.
 *
 * @param fractionsUsed remind when these fractions of the allowed time are used, each in (0, 1)
 * @param workingDaysBeforeDue remind this many working days before the due instant (same time
 *     of day), each {@code >= 1}
 * @param atDue remind at the due instant
 * @param overdueReminders remind at each of the first this-many working days after the due
 *     instant (same time of day), {@code >= 0}
 * @param approachingFraction from this fraction of the time used the status is
 *     {@link DeadlineStatus#APPROACHING}, in (0, 1]
 */
public record ReminderPolicy(
    List<Double> fractionsUsed,
    List<Integer> workingDaysBeforeDue,
    boolean atDue,
    int overdueReminders,
    double approachingFraction) {

  private static final ReminderPolicy DEFAULTS =
      new ReminderPolicy(List.of(0.5, 0.8), List.of(1), true, 10, 0.8);

  /**
   * Creates a policy.
   *
   * @throws IllegalArgumentException if a value is out of range; the message names it
   * @param approachingFraction from this fraction of the time used the status is {@link DeadlineStatus#APPROACHING}, in (0, 1]
   * @param atDue remind at the due instant
   * @param fractionsUsed remind when these fractions of the allowed time are used, each in (0, 1)
   * @param overdueReminders remind at each of the first this-many working days after the due instant (same time of day), {@code >= 0}
   * @param workingDaysBeforeDue remind this many working days before the due instant (same time of day), each {@code >= 1}
   */
  public ReminderPolicy {
    fractionsUsed = ImmutableList.copyOf(requireNonNull(fractionsUsed, "fractionsUsed"));
    workingDaysBeforeDue = ImmutableList.copyOf(requireNonNull(workingDaysBeforeDue, "workingDaysBeforeDue"));
    for (double f : fractionsUsed) {
      checkArgument(f > 0 && f < 1, "fractionsUsed must be in (0, 1) but contained %s", f);
    }
    for (int d : workingDaysBeforeDue) {
      checkArgument(d >= 1, "workingDaysBeforeDue must be >= 1 but contained %s", d);
    }
    checkArgument(overdueReminders >= 0, "overdueReminders must be >= 0 but was %s", overdueReminders);
    checkArgument(approachingFraction > 0 && approachingFraction <= 1,
        "approachingFraction must be in (0, 1] but was %s", approachingFraction);
  }

  /**
   * The default: at 50% and 80% used, one working day before due, at due, and each of the first
   * ten working days overdue; approaching from 80% used.
   *
   * @return the default policy
   */
  public static ReminderPolicy defaults() {
    return DEFAULTS;
  }
}
