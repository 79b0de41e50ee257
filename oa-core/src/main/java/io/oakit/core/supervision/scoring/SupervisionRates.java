package io.oakit.core.supervision.scoring;

import static java.util.Objects.requireNonNull;

import io.oakit.core.supervision.ItemFacts;
import io.oakit.core.supervision.SupervisionEvent;
import io.oakit.core.supervision.SupervisionItem;
import io.oakit.core.supervision.Timeliness;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The rates offices track for a unit as lead unit (主办) over a period. The items counted are the
 * unit's items that {@link Scoring} counts in the period (due date inside it, not cancelled),
 * judged as of an instant. A rate whose denominator is zero is empty — "no items", shown as a dash —
 * rather than 0% or 100%.
 *
 * @param unit the unit
 * @param period the period
 * @param onTime 按期办结率: items accepted at or before their due instant / items counted
 * @param completion 办结率: items accepted (on time or late) / items counted
 * @param effective 办实率: accepted items the review found really resolved / items accepted
 * @param satisfaction 回访满意率: satisfied call-backs / call-backs, over the items counted
 */
public record SupervisionRates(String unit, AssessmentPeriod period, Optional<Rate> onTime, Optional<Rate> completion,
    Optional<Rate> effective, Optional<Rate> satisfaction) {

  /**
   * Checks the arguments.
  *
  * @param completion 办结率: items accepted (on time or late) / items counted
  * @param effective 办实率: accepted items the review found really resolved / items accepted
  * @param onTime 按期办结率: items accepted at or before their due instant / items counted
  * @param period the period
  * @param satisfaction 回访满意率: satisfied call-backs / call-backs, over the items counted
  * @param unit the unit
   */
  public SupervisionRates {
    requireNonNull(unit, "unit");
    requireNonNull(period, "period");
    requireNonNull(onTime, "onTime");
    requireNonNull(completion, "completion");
    requireNonNull(effective, "effective");
    requireNonNull(satisfaction, "satisfaction");
  }

  /**
   * Computes the rates.
   *
   * @param unit the lead unit
   * @param period the period
   * @param items the items (others are ignored)
   * @param asOf the instant
   * @return the rates
   */
  public static SupervisionRates of(String unit, AssessmentPeriod period, Iterable<SupervisionItem> items,
      LocalDateTime asOf) {
    requireNonNull(unit, "unit");
    requireNonNull(asOf, "asOf");
    int counted = 0;
    int onTime = 0;
    int accepted = 0;
    int effective = 0;
    int calls = 0;
    int satisfied = 0;
    for (SupervisionItem item : items) {
      if (!Scoring.counts(item, period) || !item.leadUnit().map(unit::equals).orElse(false)) {
        continue;
      }
      counted++;
      ItemFacts f = item.facts(asOf);
      if (f.timeliness() == Timeliness.ON_TIME || f.timeliness() == Timeliness.LATE) {
        accepted++;
        onTime += f.timeliness() == Timeliness.ON_TIME ? 1 : 0;
        effective += f.effective() ? 1 : 0;
      }
      for (SupervisionEvent.CalledBack c : item.events(SupervisionEvent.CalledBack.class)) {
        if (!c.at().isAfter(asOf)) {
          calls++;
          satisfied += c.satisfied() ? 1 : 0;
        }
      }
    }
    return new SupervisionRates(unit, period, rate(onTime, counted), rate(accepted, counted), rate(effective, accepted),
        rate(satisfied, calls));
  }

  private static Optional<Rate> rate(int numerator, int denominator) {
    return denominator == 0 ? Optional.empty() : Optional.of(new Rate(numerator, denominator));
  }
}
