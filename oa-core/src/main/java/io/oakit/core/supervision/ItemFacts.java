package io.oakit.core.supervision;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * What the history of a supervision item says at an instant (only events up to that instant count).
 *
 * @param timeliness on time, late, open, overdue…
 * @param due the due instant, if assigned
 * @param completedAt when the accepted completion was reported
 * @param lateWorkingDays working days late (completed late) or overdue so far (open): the working
 *     days after the due date up to the completion (or the instant asked about), at least 1 when
 *     late at all; 0 otherwise
 * @param earlyWorkingDays working days between the completion date and the due date, when on time
 * @param urgings urgings of any unit
 * @param urgingsAfterDue urgings after the due instant
 * @param reworks reviews that returned the work (退回重办)
 * @param workingDaysToSignFor per unit that signed: working days from assignment to signing (0 = same day)
 * @param progressReportsMissed progress reports the lead unit owed by now and did not make
 * @param rating the accepted review's rating
 * @param effective whether the accepted review found the matter really resolved (办实)
 * @param urgingsAfterDueByUnit per unit urged after the due instant: how often (units not urged
 *     after it are absent)
 * @param commendationsByUnit per commended unit: how often a leader commended it
 * @param workingDaysSinceAssignment working days from the assignment to the instant asked about (0
 *     when not assigned) — how long a unit that has not signed has kept the item waiting
 * @param dissatisfiedCallBacks call-backs (回访) whose requester answered 不满意
 * @param handBacksByUnit per unit that handed the item back (推诿): how often
 */
public record ItemFacts(Timeliness timeliness, Optional<LocalDateTime> due, Optional<LocalDateTime> completedAt,
    int lateWorkingDays, int earlyWorkingDays, int urgings, int urgingsAfterDue, int reworks,
    Map<String, Integer> workingDaysToSignFor, int progressReportsMissed, Optional<QualityRating> rating,
    boolean effective, Map<String, Integer> urgingsAfterDueByUnit, Map<String, Integer> commendationsByUnit,
    int workingDaysSinceAssignment, int dissatisfiedCallBacks, Map<String, Integer> handBacksByUnit) {

  /**
   * Copies the maps.
   *
   * @param commendationsByUnit per commended unit: how often a leader commended it
   * @param completedAt when the accepted completion was reported
   * @param dissatisfiedCallBacks call-backs (回访) whose requester answered 不满意
   * @param due the due instant, if assigned
   * @param earlyWorkingDays working days between the completion date and the due date, when on time
   * @param effective whether the accepted review found the matter really resolved (办实)
   * @param handBacksByUnit per unit that handed the item back (推诿): how often
   * @param lateWorkingDays working days late (completed late) or overdue so far (open): the working days after the due date up to the completion (or the instant asked about), at least 1 when late at all; 0 otherwise
   * @param progressReportsMissed progress reports the lead unit owed by now and did not make
   * @param rating the accepted review's rating
   * @param reworks reviews that returned the work (退回重办)
   * @param timeliness on time, late, open, overdue…
   * @param urgings urgings of any unit
   * @param urgingsAfterDue urgings after the due instant
   * @param urgingsAfterDueByUnit per unit urged after the due instant: how often (units not urged after it are absent)
   * @param workingDaysSinceAssignment working days from the assignment to the instant asked about (0 when not assigned) — how long a unit that has not signed has kept the item waiting
   * @param workingDaysToSignFor per unit that signed: working days from assignment to signing (0 = same day)
   */
  public ItemFacts {
    requireNonNull(timeliness, "timeliness");
    requireNonNull(due, "due");
    requireNonNull(completedAt, "completedAt");
    workingDaysToSignFor = immutable(workingDaysToSignFor);
    requireNonNull(rating, "rating");
    urgingsAfterDueByUnit = immutable(urgingsAfterDueByUnit);
    commendationsByUnit = immutable(commendationsByUnit);
    handBacksByUnit = immutable(handBacksByUnit);
  }

  private static Map<String, Integer> immutable(Map<String, Integer> map) {
    return map instanceof UnitValues ? map : ImmutableMap.copyOf(map);
  }
}
