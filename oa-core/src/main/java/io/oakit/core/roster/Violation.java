package io.oakit.core.roster;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A rule a roster breaks.
 *
 * @param rule the rule's name
 * @param hard whether the rule is hard
 * @param date the duty day
 * @param personId the person, empty for an unfilled slot
 * @param why a readable reason
 */
public record Violation(String rule, boolean hard, LocalDate date, String personId, String why) {
  /**
   * Checks the arguments.
  *
  * @param date the duty day
  * @param hard whether the rule is hard
  * @param personId the person, empty for an unfilled slot
  * @param rule the rule's name
  * @param why a readable reason
   */
  public Violation {
    requireNonNull(rule, "rule");
    requireNonNull(date, "date");
    requireNonNull(personId, "personId");
    requireNonNull(why, "why");
  }

  @Override
  public String toString() {
    return date + " " + (personId.isEmpty() ? "" : personId + " ") + (hard ? "[hard] " : "[soft] ") + rule + ": " + why;
  }
}
